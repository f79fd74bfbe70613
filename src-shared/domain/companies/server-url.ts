import { SSL_MODES, type SslMode } from './server-schemas';

export interface ParsedServerUrl {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  sslmode: SslMode;
  /** `sslrootcert=`: the CA certificate file ('' without one). */
  sslrootcert: string;
}

/**
 * A pasted `postgres://user:password@host:5432/database?sslmode=require` in the form's fields (the connection form
 * keeps fields, never the URL). Null when it is not such an address. verify-ca reads as verify-full (the form's
 * strictest), an unknown or missing sslmode as prefer (libpq's default).
 */
export function parseServerUrl(text: string): ParsedServerUrl | null {
  const trimmed = text.trim();
  if (!/^postgres(ql)?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    // URL parses a special scheme's host only: read it as http, which has the same authority syntax.
    url = new URL(trimmed.replace(/^postgres(ql)?:/i, 'http:'));
  } catch {
    return null;
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database) return null;
  const mode = url.searchParams.get('sslmode');
  const sslmode: SslMode =
    mode === 'verify-ca' ? 'verify-full' : SSL_MODES.includes(mode as SslMode) ? (mode as SslMode) : 'prefer';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : 5432,
    database,
    user: decodeURIComponent(url.username) || url.searchParams.get('user') || '',
    password: decodeURIComponent(url.password) || url.searchParams.get('password') || '',
    sslmode,
    sslrootcert: url.searchParams.get('sslrootcert') ?? '',
  };
}
