/**
 * A Turkish phone number as wa.me wants it: country code and digits only. "0532 111 22 33", "532 111 22 33"
 * and "+90 (532) 111 22 33" all give 905321112233; a number with another country code is kept as written.
 */
export function whatsappDigits(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 0) return null;
  if (phone.trim().startsWith('+') || digits.startsWith('00')) return digits.replace(/^00/, '');
  if (digits.length === 11 && digits.startsWith('0')) return `90${digits.slice(1)}`;
  if (digits.length === 10) return `90${digits}`;
  return digits;
}

export const whatsappLink = (phone: string, text: string): string | null => {
  const digits = whatsappDigits(phone);
  return digits ? `https://wa.me/${digits}?text=${encodeURIComponent(text)}` : null;
};

/** `sms:` with the body: phones that understand it open the message ready to send. */
export const smsLink = (phone: string, text: string): string | null => {
  const digits = whatsappDigits(phone);
  return digits ? `sms:+${digits}?body=${encodeURIComponent(text)}` : null;
};
