import type { ServerProblem } from '../../../src-shared/domain/companies/types';
import { StoreError } from '../store-error';

const TLS_UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
]);

/**
 * Why connecting to a server failed, from pg's error (or the StoreError wrapping it): the SQLSTATE where the server
 * answered (28P01 wrong password, 28000 refused by pg_hba.conf, 3D000 no such database, 57P03 starting up), the
 * socket's code where it did not, and pg's own words for a password it was not given and a server without TLS;
 * a CA file (`sslrootcert`) that cannot be read is the app's own code.
 */
export function connectionProblem(error: unknown): ServerProblem {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | null, depth = 0; e && depth < 4; depth++) {
    if (error instanceof StoreError && error.reason === 'newer_schema') return 'newer_schema';
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (code === '28P01') return 'wrong_password';
    // pg_hba.conf has only `hostssl` lines for this user: the server asks for TLS, the connection had none.
    if (code === '28000' && /no encryption/i.test(message)) return 'tls_required';
    if (code === '28000') return /password/i.test(message) ? 'wrong_password' : 'not_allowed';
    if (code === '3D000') return 'database_missing';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'unknown_host';
    if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', '57P03', '57P01'].includes(code)) return 'server_down';
    if (code === 'ETIMEDOUT') return 'timeout';
    if (TLS_UNTRUSTED.has(code)) return 'tls_untrusted';
    if (code === 'VADE_CA_UNREADABLE') return 'tls_ca_unreadable';
    if (/does not support SSL connections/i.test(message)) return 'tls_refused';
    if (/client password must be a string|password authentication failed.*no password|SASL/i.test(message))
      return 'password_required';
    if (/timeout/i.test(message)) return 'timeout';
    e = e.cause as typeof e;
  }
  return 'other';
}
