import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';

/** The app needs no camera, notifications, clipboard-read, USB…: every request and check is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Only https links leave the app, and only to the system browser, never inside a Vade window. */
function openInSystemBrowser(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:') return;
  shell.openExternal(parsed.toString()).catch((error: unknown) => {
    console.warn(`Could not open ${parsed.origin} in the system browser: ${(error as Error).message}`);
  });
}

function guardContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });
  // will-frame-navigate covers the main frame and any subframe; links away from the app go to the browser.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openInSystemBrowser(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
}

/** Applies the navigation rules to every web contents ever created, whoever creates it. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
