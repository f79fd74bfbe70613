import { BrowserWindow, screen, type WebContents } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { fitToDisplays, MIN_WINDOW_SIZE, readWindowState, writeWindowState } from './window-state';

export interface MainWindowOptions {
  preloadFile: string;
  windowStateFile: string;
  /** DevTools only in development: a packaged app has no use for them. */
  devTools: boolean;
}

const windows = new Set<BrowserWindow>();

/** The windows Vade created and that are still open; IPC trusts these and no other. */
export const appWindows = (): BrowserWindow[] => [...windows].filter((window) => !window.isDestroyed());

export const isAppWebContents = (contents: WebContents): boolean =>
  appWindows().some((window) => window.webContents.id === contents.id);

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(readWindowState(options.windowStateFile), workAreas);

  const window = new BrowserWindow({
    title: 'Vade',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false, // shown on ready-to-show, so the user never sees an empty white frame
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      // Chromium's own PDF viewer, for the statement preview (no other plugin exists in Electron).
      plugins: true,
      devTools: options.devTools,
    },
  });
  windows.add(window);
  if (state.maximized) window.maximize();

  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    // Normal bounds: the size to come back to when un-maximized, also right for full screen.
    writeWindowState(options.windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => windows.delete(window));

  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}: ${(error as Error).message}`);
  });
  return window;
}

/** A second launch, or a click on the dock icon: bring the existing window forward. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
