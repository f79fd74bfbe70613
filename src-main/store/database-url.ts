/** A company on a PostgreSQL server is opened by a URL: `postgres://user:password@host:5432/database?sslmode=…`. */
export function isDatabaseUrl(value: string | undefined | null): value is string {
  return typeof value === 'string' && /^postgres(ql)?:\/\//i.test(value.trim());
}

/**
 * The URL as it may be shown or logged: the password replaced by `***` (also a `password=` query parameter).
 * Never put the raw URL in a message, an error or a log line.
 */
export function maskDatabaseUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@').replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** Takes any copy of the URL's password out of a message (drivers sometimes echo the connection string). */
export function maskSecretsIn(message: string, url: string): string {
  const password = passwordOf(url);
  let masked = message.split(url).join(maskDatabaseUrl(url));
  if (password) masked = masked.split(password).join('***');
  return masked;
}

function passwordOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    const value = parsed.password ? decodeURIComponent(parsed.password) : parsed.searchParams.get('password');
    return value ? value : null;
  } catch {
    return null;
  }
}
