import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { SECURITY_HEADERS } from '../transport/security-headers';
import { mimeTypeOf, resolveStaticFile } from '../transport/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Must run before `app` is ready. Standard + secure gives the page a real origin (relative URLs,
 * storage, a secure context); module scripts are fetched in CORS mode, hence corsEnabled.
 * No bypassCSP: our own header applies to our own pages.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** The same CSP and hardening headers as browser mode, on every response, errors included. */
const headers = (contentType: string): Record<string, string> => ({
  ...SECURITY_HEADERS,
  'content-type': contentType,
  'cache-control': 'no-cache',
});

const notFound = (): Response => new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });

/**
 * Serves the built renderer (dist/renderer) at `vade://app/…`, `/` being index.html. The shared resolver
 * refuses any path that would leave that folder once decoded (`..`, encoded slashes, NUL).
 */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
    }
    const file = resolveStaticFile(rendererRoot, url.pathname);
    if (!file) return notFound();
    try {
      const body = request.method === 'HEAD' ? null : await fs.readFile(file);
      return new Response(body, { status: 200, headers: headers(mimeTypeOf(file)) });
    } catch {
      return notFound();
    }
  });
}
