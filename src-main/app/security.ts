import { app, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './app-url';

/**
 * The only permission the app uses: the copy buttons (Today's message text) write plain text to the clipboard,
 * which Chromium asks as 'clipboard-sanitized-write'. Granted to the app's own pages only.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** No camera, notifications, clipboard-read, USB…: every other request and check is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) => ALLOWED_PERMISSIONS.has(permission) && requestingOrigin === APP_ORIGIN,
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * What may leave the app, handed to the system (never opened inside a Vade window): web pages over https
 * (WhatsApp's wa.me among them) and the Today page's message links — sms:, tel:, mailto: — which open the
 * phone or mail app. Nothing else (file:, javascript:, smb:, …).
 */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'sms:', 'tel:', 'mailto:']);

function openWithSystem(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return;
  shell.openExternal(parsed.toString()).catch((error: unknown) => {
    console.warn(`Could not open a ${parsed.protocol} link with the system: ${(error as Error).message}`);
  });
}

/** A PDF the app made (the statement preview): blob: URLs of our own origin, shown in a frame. */
const isAppBlob = (url: string): boolean => url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));

function guardContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openWithSystem(url);
    return { action: 'deny' };
  });
  // will-frame-navigate covers the main frame and any subframe; links away from the app go to the system.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    // The preview frame may show the app's own PDF; the whole window never leaves the app for it.
    if (!event.isMainFrame && isAppBlob(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openWithSystem(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
}

/** Applies the navigation rules to every web contents ever created, whoever creates it. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
