/** The app's own origin. The renderer is served from here and nowhere else (see protocol.ts). */
export const APP_SCHEME = 'vade';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** True only for URLs of our own origin; parsed, not prefix-matched, so `vade://app@evil/` does not pass. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}
