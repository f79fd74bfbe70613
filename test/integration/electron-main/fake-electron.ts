import { EventEmitter } from 'node:events';

/**
 * Just enough of Electron's main-process API to run the bundled dist/main/main.cjs in plain Node and
 * record what it does. Shapes follow electron.d.ts; behaviour is what the app relies on, nothing more.
 */
type Handler = (...args: never[]) => unknown;

export interface MenuItem {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  checked?: boolean;
  click?: () => void;
}

export class FakeEvent {
  prevented = false;
  constructor(readonly fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }
  preventDefault(): void {
    this.prevented = true;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = { frameTreeNodeId: this.id * 100 };
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron() {
  const record = {
    paths: new Map<string, string>(),
    sandboxEnabled: false,
    schemes: [] as unknown[],
    errorBoxes: [] as { title: string; body: string }[],
    exitCodes: [] as number[],
    externalUrls: [] as string[],
    menus: [] as MenuItem[][],
    quitCount: 0,
    reallyQuit: false,
    focused: 0,
  };
  const ipcHandlers = new Map<string, Handler>();
  const permissions: { request?: Handler; check?: Handler; device?: Handler } = {};
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => void record.paths.set(name, value),
    enableSandbox: () => void (record.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getVersion: () => '9.9.9-test',
    quit: () => {
      record.quitCount += 1;
      const event = new FakeEvent();
      app.emit('will-quit', event);
      if (!event.prevented) record.reallyQuit = true;
    },
    exit: (code: number) => void record.exitCodes.push(code),
  });

  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    static getFocusedWindow(): null {
      return null;
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => true;
    isVisible = () => true;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 700 });
    maximize(): void {}
    show(): void {}
    restore(): void {}
    focus(): void {
      record.focused += 1;
    }
  }

  const electron = {
    app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => void record.schemes.push(...schemes) },
    session: {
      defaultSession: {
        protocol: {
          handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => void (protocolHandler = handler),
        },
        setPermissionRequestHandler: (handler: Handler) => void (permissions.request = handler),
        setPermissionCheckHandler: (handler: Handler) => void (permissions.check = handler),
        setDevicePermissionHandler: (handler: Handler) => void (permissions.device = handler),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => void ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => template,
      setApplicationMenu: (menu: MenuItem[]) => void record.menus.push(menu),
    },
    dialog: {
      showErrorBox: (title: string, body: string) => void record.errorBoxes.push({ title, body }),
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
    shell: {
      openExternal: (url: string) => {
        record.externalUrls.push(url);
        return Promise.resolve();
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    // A stand-in for the OS keychain: reversible, and recognisably not the plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(`os-keychain:${plain}`, 'utf8').reverse(),
      decryptString: (cipher: Buffer) =>
        Buffer.from(cipher)
          .reverse()
          .toString('utf8')
          .replace(/^os-keychain:/, ''),
    },
  };

  return {
    electron,
    record,
    windows,
    permissions,
    ipcHandler: (channel: string) =>
      ipcHandlers.get(channel) as ((event: unknown, ...args: unknown[]) => Promise<unknown>) | undefined,
    serve: (url: string, method = 'GET') => {
      if (!protocolHandler) throw new Error('no protocol handler registered');
      return protocolHandler(new Request(url, { method }));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
