/**
 * Addresses e-invoice software writes when it has none: integrators' "no reply" senders and GİB's default mailbox
 * aliases (defaultpk / defaultgb). Put on a customer card, reminders and statements would go nowhere.
 */
const PLACEHOLDER_LOCAL = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|default(pk|gb)?|test|example|ornek|yok|none|null)$/i;
const PLACEHOLDER_DOMAIN = /(^|\.)(example\.(com|org|net)|test|invalid|localhost|gib\.gov\.tr|efatura\.gov\.tr)$/i;

export function isPlaceholderEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const local = email.slice(0, at).replace(/^urn:mail:/i, '');
  const domain = email.slice(at + 1);
  return PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain);
}
