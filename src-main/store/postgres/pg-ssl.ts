import fs from 'node:fs';
import type tls from 'node:tls';

/** What pg is given for a URL: the URL without `sslmode`/`sslrootcert` and the TLS settings they mean in libpq. */
export interface PgTarget {
  connectionString: string;
  /** Undefined: pg's own default (PGSSLMODE from the environment, else none). */
  ssl: undefined | false | tls.ConnectionOptions;
  /** `sslmode=prefer`: try TLS, and without it when the server has none. */
  plainFallback: boolean;
}

/** The URL's `sslrootcert` names a file that cannot be read as a certificate: said to the user as such. */
export class CaFileError extends Error {
  readonly code = 'VADE_CA_UNREADABLE';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`The CA certificate file ${file} cannot be read: ${(cause as Error).message}`, { cause });
  }
}

/**
 * pg reads `sslmode=require` (and prefer) as verify-full, where libpq and every PostgreSQL administrator mean "encrypt,
 * but trust any certificate"; so the mode is taken out of the URL and turned into TLS settings here, as libpq does:
 * disable → none; prefer → TLS if the server has it; require → TLS, certificate not checked (checked against
 * `sslrootcert` when one is given, as libpq does); verify-ca/verify-full → the certificate must be trusted (the
 * system's CAs, or `sslrootcert`: the office's own CA), verify-full also for the host name. `sslrootcert` is read here
 * too: left in the URL, pg would replace these settings with its own. Without sslmode pg's default stays.
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
  const caFile = parsed.searchParams.get('sslrootcert');
  for (const name of ['sslmode', 'sslrootcert', 'uselibpqcompat']) parsed.searchParams.delete(name);
  const connectionString = parsed.toString();
  const ca = caFile && mode !== 'disable' ? { ca: readCa(caFile) } : {};
  const anyName = { checkServerIdentity: () => undefined };
  switch (mode) {
    case 'disable':
      return { connectionString, ssl: false, plainFallback: false };
    case 'allow':
    case 'prefer':
      return { connectionString, ssl: { rejectUnauthorized: false }, plainFallback: true };
    case 'require':
    case 'no-verify':
      return {
        connectionString,
        ssl: caFile && mode === 'require' ? { ...ca, rejectUnauthorized: true, ...anyName } : { rejectUnauthorized: false },
        plainFallback: false,
      };
    case 'verify-ca':
      return { connectionString, ssl: { ...ca, rejectUnauthorized: true, ...anyName }, plainFallback: false };
    default:
      return { connectionString, ssl: { ...ca, rejectUnauthorized: true }, plainFallback: false };
  }
}

/** A CA file as libpq and Node read it: PEM text holding a certificate. */
export const isPemCertificate = (text: string): boolean => text.includes('-----BEGIN CERTIFICATE-----');

function readCa(file: string): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (!isPemCertificate(text)) throw new Error('no PEM certificate in it');
    return text;
  } catch (error) {
    throw new CaFileError(file, error);
  }
}

/** The server answered a TLS request with "no": `sslmode=prefer` then goes on without TLS. */
export const serverHasNoTls = (error: unknown): boolean =>
  /does not support SSL connections/i.test((error as Error | null)?.message ?? '');
