import type tls from 'node:tls';

/** What pg is given for a URL: the URL without `sslmode` and the TLS settings that mode means in libpq. */
export interface PgTarget {
  connectionString: string;
  /** Undefined: pg's own default (PGSSLMODE from the environment, else none). */
  ssl: undefined | false | tls.ConnectionOptions;
  /** `sslmode=prefer`: try TLS, and without it when the server has none. */
  plainFallback: boolean;
}

/**
 * pg reads `sslmode=require` (and prefer) as verify-full, where libpq and every PostgreSQL administrator mean "encrypt,
 * but trust any certificate"; so the mode is taken out of the URL and turned into TLS settings here, as libpq does:
 * disable → none; prefer → TLS if the server has it; require → TLS, certificate not checked; verify-ca/verify-full →
 * the certificate must be trusted (the system's CAs, or `sslrootcert`), verify-full also for the host name. Without
 * sslmode pg's default stays (PGSSLMODE, else no TLS).
 */
export function pgTarget(url: string): PgTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { connectionString: url, ssl: undefined, plainFallback: false };
  }
  const mode = parsed.searchParams.get('sslmode');
  if (mode === null) return { connectionString: url, ssl: undefined, plainFallback: false };
  parsed.searchParams.delete('sslmode');
  parsed.searchParams.delete('uselibpqcompat');
  const connectionString = parsed.toString();
  switch (mode) {
    case 'disable':
      return { connectionString, ssl: false, plainFallback: false };
    case 'allow':
    case 'prefer':
      return { connectionString, ssl: { rejectUnauthorized: false }, plainFallback: true };
    case 'require':
    case 'no-verify':
      return { connectionString, ssl: { rejectUnauthorized: false }, plainFallback: false };
    case 'verify-ca':
      return { connectionString, ssl: { rejectUnauthorized: true, checkServerIdentity: () => undefined }, plainFallback: false };
    default:
      return { connectionString, ssl: { rejectUnauthorized: true }, plainFallback: false };
  }
}

/** The server answered a TLS request with "no": `sslmode=prefer` then goes on without TLS. */
export const serverHasNoTls = (error: unknown): boolean =>
  /does not support SSL connections/i.test((error as Error | null)?.message ?? '');
