import path from 'node:path';
import { app, dialog, session } from 'electron';
import type { CompanyFile } from '../../src-shared/domain/companies/types';
import type { Settings } from '../../src-shared/domain/settings/schemas';
import { translate } from '../../src-shared/i18n/translate';
import { DEFAULT_LANGUAGE, type Language } from '../../src-shared/i18n/language';
import { openBackend, type Backend } from '../backend';
import { resolveDataDir } from '../store/data-dir';
import { openIpcDoor } from '../transport/ipc';
import { dataDirFlag } from './cli-args';
import { electronDocumentHost } from './document-host';
import { desktopSecrets } from './safe-storage-secrets';
import { installMenu } from './menu';
import { notifyReminders } from './reminder-notifications';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, guardAllWebContents } from './security';
import { startupErrorMessage } from './startup-error';
import { checkForUpdatesInBackground } from './updater';
import { appWindows, createMainWindow, focusWindow, isAppWebContents } from './window';
import { windowStateFile } from './window-state';

process.setSourceMapsEnabled(true); // stack traces in logs point at the TypeScript sources

// This file is bundled to dist/main/main.cjs; the preload sits beside it, the renderer build next door.
const PRELOAD_FILE = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

const dataDir = resolveDataDir(dataDirFlag(process.argv));
const isDev = !app.isPackaged;

// One data folder = one running Vade: Chromium's profile and the single-instance lock live there too,
// so a test or a second company folder never collides with the everyday instance.
app.setPath('userData', dataDir);
app.enableSandbox();
registerAppScheme();
guardAllWebContents();

if (app.requestSingleInstanceLock()) {
  start().catch(failStartup);
} else {
  app.quit(); // the running instance receives 'second-instance' and comes forward
}

async function start(): Promise<void> {
  const [backend] = await Promise.all([
    openBackend({
      dataDir,
      mode: 'electron',
      // The Electron-ABI build `npm start` makes; a packaged app carries its own and never loads native code named
      // by an environment variable (anyone who can set one could run code inside Vade).
      nativeBinding: app.isPackaged ? undefined : process.env.VADE_SQLITE_BINDING || undefined,
      appVersion: app.getVersion(),
      documentHost: electronDocumentHost(),
      secrets: desktopSecrets(dataDir),
      allowDamaged: true, // the window shows "database damaged → restore the latest good backup"
      scheduledBackups: true,
    }),
    app.whenReady(),
  ]);

  denyAllPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, RENDERER_ROOT);
  const closeIpc = openIpcDoor(backend, {
    isAppWebContents,
    liveWebContents: () => appWindows().map((window) => window.webContents),
  });
  closeBackendOnQuit(backend, closeIpc);

  const applyMenu = async () => {
    const language = await languageSetting(backend);
    const listed = await backend.dispatch('companies/list', {});
    const companies = listed.ok ? (listed.value as CompanyFile[]) : [];
    installMenu({
      language,
      isDev,
      dataDir,
      companies: companies.map((c) => ({
        id: c.id,
        label: c.name ?? translate(language, 'companies.defaultName'),
        current: c.current,
      })),
      // The switch announces `store/replaced`: the windows refetch and the menu is rebuilt below.
      openCompany: (id) => void backend.dispatch('companies/open', { id }),
    });
  };
  await applyMenu();
  backend.events.subscribe((event) => {
    if (event.type === 'settings/changed' || event.type === 'store/replaced') void applyMenu();
  });

  const openWindow = () =>
    createMainWindow({ preloadFile: PRELOAD_FILE, windowStateFile: windowStateFile(dataDir), devTools: isDev });
  openWindow();
  const showWindow = () => {
    const [existing] = appWindows();
    if (existing) focusWindow(existing);
    else openWindow();
  };
  app.on('second-instance', showWindow);
  notifyReminders(backend, showWindow);
  app.on('activate', () => {
    if (appWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void checkForUpdatesInBackground(app.isPackaged);
}

async function languageSetting(backend: Backend): Promise<Language> {
  const result = await backend.dispatch('settings/get', {});
  return result.ok ? (result.value as Settings).language : DEFAULT_LANGUAGE;
}

/** Quitting waits for the database to close cleanly (WAL checkpoint), then quits for real. */
function closeBackendOnQuit(backend: Backend, closeIpc: () => void): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closeIpc();
    void backend
      .close()
      .catch((error: unknown) => console.error('Closing the database failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

/** A store that cannot be opened (or any startup failure) is told in plain words, then Vade quits. */
async function failStartup(error: unknown): Promise<void> {
  console.error('Vade could not start:', error);
  await app.whenReady(); // on Linux an error box before 'ready' would only reach stderr
  const message = startupErrorMessage(error, dataDir);
  dialog.showErrorBox(message.title, message.body);
  app.exit(1);
}
