/** Network errors of the socket to the server (refused, reset, timed out, unknown host). */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/** SQLSTATE: class 08 (connection exception); 57P01–57P03 (the server shut down, crashed or is starting). */
const SERVER_GONE = /^(08...|57P0[1-3])$/;

/**
 * Whether a failure means the company's server cannot be reached (rather than a refused statement): then the
 * transaction never committed, the screens say so with a retry, and pg's pool connects again on the next call.
 */
export function isServerUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | null, depth = 0; e && depth < 4; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK.has(code) || SERVER_GONE.test(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message))
      return true;
    e = e.cause as typeof e;
  }
  return false;
}
