import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RpcResult } from '../../../src-shared/contract/envelope';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL } from '../../../src-shared/contract/preload-api';
import { buildMain } from '../../../scripts/build-main.mjs';
import { createFakeElectron, FakeEvent, FakeWebContents, type FakeElectron, type MenuItem } from './fake-electron';

/**
 * Runs the real bundled main process (esbuild output, as Electron would load it) against a fake
 * `electron` module: startup order, the vade:// protocol, IPC sender checks, events, menu, window
 * state, navigation guards, quitting, and the store-error dialog. The Electron binary is not needed.
 */
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Loader };
const originalLoad = loader._load;
let currentFake: FakeElectron | undefined;

// Inside the project (.cache is git-ignored) so the bundle resolves better-sqlite3 from node_modules.
const projectRoot = path.resolve(import.meta.dirname, '../../..');
fs.mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
const work = fs.mkdtempSync(path.join(projectRoot, '.cache', 'electron-main-test-'));
let bundle = '';

beforeAll(async () => {
  bundle = (await buildMain({ outDir: path.join(work, 'main') })).mainFile;
  // The bundle serves ../renderer relative to itself: give it a small fixture, and a file beside it to steal.
  fs.mkdirSync(path.join(work, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(work, 'renderer', 'index.html'), '<!doctype html><title>Vade</title>');
  fs.writeFileSync(path.join(work, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(work, 'secret.txt'), 'secret');
  loader._load = function (this: unknown, request, parent, isMain) {
    return request === 'electron' && currentFake ? currentFake.electron : originalLoad.call(this, request, parent, isMain);
  };
}, 60_000);

const savedEnv = { VADE_DATA_DIR: process.env.VADE_DATA_DIR, VADE_SQLITE_BINDING: process.env.VADE_SQLITE_BINDING };

afterAll(() => {
  loader._load = originalLoad;
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(work, { recursive: true, force: true });
});

function launch(dataDir: string, options: { packaged?: boolean; sqliteBinding?: string } = {}): FakeElectron {
  const fake = createFakeElectron();
  fake.electron.app.isPackaged = options.packaged ?? false;
  currentFake = fake;
  process.env.VADE_DATA_DIR = dataDir;
  // Plain Node: the Node build of better-sqlite3 is the right one, unless a test names another.
  if (options.sqliteBinding) process.env.VADE_SQLITE_BINDING = options.sqliteBinding;
  else delete process.env.VADE_SQLITE_BINDING;
  const requireHere = createRequire(import.meta.url);
  delete requireHere.cache[bundle];
  requireHere(bundle);
  return fake;
}

const labelsOf = (menu: MenuItem[] | undefined): string[] => (menu ?? []).map((item) => item.label ?? '');

describe('the Electron main process', () => {
  const dataDir = path.join(work, 'data');
  let fake: FakeElectron;
  let trustedEvent: Record<string, unknown>;
  const call = async (event: unknown, method: unknown, args: unknown = {}) =>
    (await fake.ipcHandler(IPC_RPC_CHANNEL)?.(event, method, args)) as RpcResult;

  it('starts: data folder as profile, sandbox, vade scheme, one sandboxed window on vade://app/', async () => {
    fake = launch(dataDir);
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
    expect(fake.record.paths.get('userData')).toBe(dataDir);
    expect(fake.record.sandboxEnabled).toBe(true);
    expect(fake.record.schemes).toEqual([
      { scheme: 'vade', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    const [window] = fake.windows;
    expect(window?.loadedUrl).toBe('vade://app/');
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(work, 'main', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(fs.existsSync(path.join(dataDir, 'companies', 'default.vade.sqlite'))).toBe(true);
    const contents = window!.webContents;
    trustedEvent = {
      sender: contents,
      senderFrame: { url: 'vade://app/#/customers', parent: null, frameTreeNodeId: contents.mainFrame.frameTreeNodeId },
    };
  });

  it('denies every permission request and check but the copy button’s clipboard write from the app itself', () => {
    const answers: [string, boolean][] = [];
    const request = fake.permissions.request as (
      w: unknown,
      p: string,
      cb: (ok: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    const ask = (permission: string, requestingUrl = 'vade://app/#/today') =>
      request({}, permission, (ok) => answers.push([`${permission} ${requestingUrl}`, ok]), { requestingUrl });
    ask('media');
    ask('clipboard-read');
    ask('clipboard-sanitized-write');
    ask('clipboard-sanitized-write', 'https://evil.example/');
    expect(answers.map(([, ok]) => ok)).toEqual([false, false, true, false]);
    const check = fake.permissions.check as (w: unknown, p: string, origin: string) => boolean;
    expect(check({}, 'clipboard-sanitized-write', 'vade://app')).toBe(true);
    expect(check({}, 'clipboard-read', 'vade://app')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(check({}, 'notifications', 'vade://app')).toBe(false);
    expect((fake.permissions.device as () => boolean)()).toBe(false);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const page = await fake.serve('vade://app/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Vade</title>');

    const script = await fake.serve('vade://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const url of [
      'vade://app/..%2fsecret.txt',
      'vade://app/%2e%2e/secret.txt',
      'vade://app/assets/..%2F..%2Fsecret.txt',
      'vade://other/index.html',
      'vade://app/missing.js',
    ]) {
      const response = await fake.serve(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'");
    }
    expect((await fake.serve('vade://app/', 'POST')).status).toBe(405);
  });

  it('answers IPC from our window and refuses every other sender', async () => {
    const info = await call(trustedEvent, 'system/info');
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', appVersion: '9.9.9-test', dataDir } });

    const contents = trustedEvent.sender as FakeWebContents;
    const frame = trustedEvent.senderFrame as Record<string, unknown>;
    const refused = [
      { ...trustedEvent, senderFrame: null },
      { ...trustedEvent, senderFrame: { ...frame, parent: {} } },
      { ...trustedEvent, senderFrame: { ...frame, frameTreeNodeId: 1 } },
      { ...trustedEvent, senderFrame: { ...frame, url: 'https://evil.example/' } },
      { ...trustedEvent, senderFrame: { ...frame, url: 'vade://app@evil/' } },
      { sender: new FakeWebContents(), senderFrame: { ...frame, frameTreeNodeId: contents.mainFrame.frameTreeNodeId } },
    ];
    for (const event of refused) {
      expect(await call(event, 'system/info')).toEqual({ ok: false, error: { kind: 'internal', message: 'error.unauthorized' } });
    }
    expect(await call(trustedEvent, 42)).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('pushes backend events to the window after a mutation', async () => {
    const created = await call(trustedEvent, 'customers/create', { title: 'Deneme Ticaret A.Ş.' });
    expect(created.ok).toBe(true);
    const sent = (trustedEvent.sender as FakeWebContents).sent;
    expect(sent).toContainEqual([IPC_EVENT_CHANNEL, expect.objectContaining({ type: 'customers/changed' })]);
  });

  it('makes the daily back-test on the bundled worker thread and pushes when it is ready', async () => {
    const failures = vi.spyOn(console, 'error');
    const sent = (trustedEvent.sender as FakeWebContents).sent;
    expect(await call(trustedEvent, 'dashboard/backtest', { weeks: 4 })).toEqual({ ok: true, value: { status: 'computing' } });
    await vi.waitFor(() => expect(sent).toContainEqual([IPC_EVENT_CHANNEL, { type: 'dashboard/backtest-ready', weeks: 4 }]), {
      timeout: 20_000,
    });
    expect(await call(trustedEvent, 'dashboard/backtest', { weeks: 4 })).toMatchObject({ ok: true, value: { status: 'ready' } });
    expect(failures).not.toHaveBeenCalled(); // no fall-back to the main thread
    failures.mockRestore();
  });

  it('keeps the SMTP password with the OS keychain (safeStorage) and never hands it to the window', async () => {
    const saved = await call(trustedEvent, 'outbox/update-settings', {
      host: 'smtp.vade.test',
      port: 587,
      security: 'starttls',
      user: 'tahsilat',
      password: 'gizli-şifre',
      fromAddress: 'tahsilat@vade.test',
    });
    expect(saved).toMatchObject({ ok: true, value: { passwordSet: true, secretStorage: 'os-keychain' } });
    expect(JSON.stringify(saved)).not.toContain('gizli');
    const db = new BetterSqlite3(path.join(dataDir, 'companies', 'default.vade.sqlite'), { readonly: true });
    const stored = JSON.parse(db.prepare(`select value from settings where key = 'outbox.smtp'`).pluck().get() as string) as {
      passwordSecret: string;
    };
    db.close();
    expect(stored.passwordSecret).toMatch(/^safestorage:v1:/);
    expect(fake.electron.safeStorage.decryptString(Buffer.from(stored.passwordSecret.slice(15), 'base64'))).toBe('gizli-şifre');
  });

  it('has a Turkish menu with dev-only reload, rebuilt in English when the language changes', async () => {
    const turkish = fake.record.menus.at(-1);
    expect(labelsOf(turkish)).toEqual(['Dosya', 'Şirket', 'Düzen', 'Görünüm', 'Yardım']);
    expect(turkish?.[3]?.submenu?.map((item) => item.role)).toContain('reload');
    expect(await call(trustedEvent, 'settings/update', { language: 'en' })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(labelsOf(fake.record.menus.at(-1))).toEqual(['File', 'Company', 'Edit', 'View', 'Help']));
  });

  it('lists the company files in the Company menu and switches from it', async () => {
    expect(await call(trustedEvent, 'companies/create', { name: 'Kuzey Yapı' })).toMatchObject({ ok: true });
    const companyMenu = () => fake.record.menus.at(-1)?.[1]?.submenu ?? [];
    await vi.waitFor(() =>
      expect(companyMenu().map((item) => [item.label, item.checked])).toEqual([
        ['Kuzey Yapı', true],
        ['Şirketim', false], // the new company has its own settings: Turkish
      ]),
    );
    companyMenu()[1]?.click?.();
    // Back in the first company (English since the test above): it is checked and listed first.
    await vi.waitFor(() =>
      expect(companyMenu().map((item) => [item.label, item.checked])).toEqual([
        ['My company', true],
        ['Kuzey Yapı', false],
      ]),
    );
  });

  it('keeps navigation, new windows and webviews inside the rules', () => {
    const contents = trustedEvent.sender as FakeWebContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });

    const away = new FakeEvent({ url: 'https://example.com/page', isMainFrame: true });
    contents.emit('will-frame-navigate', away);
    const inside = new FakeEvent({ url: 'vade://app/index.html', isMainFrame: true });
    contents.emit('will-frame-navigate', inside);
    const redirect = new FakeEvent({ url: 'http://evil.example/' });
    contents.emit('will-redirect', redirect);
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview);

    expect([away.prevented, inside.prevented, redirect.prevented, webview.prevented]).toEqual([true, false, true, true]);
    expect(fake.record.externalUrls).toEqual(['https://example.com/help', 'https://example.com/page']);
  });

  it('opens the Today page’s message links (sms:, tel:, mailto:, WhatsApp) with the system, and nothing else', () => {
    const contents = trustedEvent.sender as FakeWebContents;
    fake.record.externalUrls.length = 0;
    const links = [
      'sms:+905321112233?body=%C5%9Fimdi',
      'tel:+905321112233',
      'mailto:muhasebe@ornek.com.tr?subject=Ekstre',
      'https://wa.me/905321112233?text=Merhaba',
    ];
    for (const url of [...links, 'javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'vbscript:x']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.record.externalUrls).toEqual(links);
  });

  it('lets the statement preview frame show its blob: PDF, only from the app and never as the whole window', () => {
    const contents = trustedEvent.sender as FakeWebContents;
    const preview = new FakeEvent({ url: 'blob:vade://app/3f1c2a9e-1b2c-4d5e-8f90-123456789abc', isMainFrame: false });
    const foreign = new FakeEvent({ url: 'blob:https://evil.example/3f1c2a9e', isMainFrame: false });
    const wholeWindow = new FakeEvent({ url: 'blob:vade://app/3f1c2a9e-1b2c-4d5e-8f90-123456789abc', isMainFrame: true });
    for (const event of [preview, foreign, wholeWindow]) contents.emit('will-frame-navigate', event);
    expect([preview.prevented, foreign.prevented, wholeWindow.prevented]).toEqual([false, true, true]);
  });

  it('focuses the window on a second launch and saves its state on close', () => {
    fake.electron.app.emit('second-instance', new FakeEvent(), [], '/');
    expect(fake.record.focused).toBe(1);
    fake.windows[0]?.emit('close');
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1100,
      height: 700,
      maximized: false,
    });
  });

  it('closes the database before really quitting', async () => {
    fake.electron.app.quit();
    await vi.waitFor(() => expect(fake.record.reallyQuit).toBe(true));
    expect(fake.record.quitCount).toBe(2);
    expect(fake.ipcHandler(IPC_RPC_CHANNEL)).toBeUndefined();
  });
});

describe('a data file that is not a database', () => {
  it('shows a bilingual error box, no window, and exits with status 1', async () => {
    const dataDir = path.join(work, 'broken');
    fs.mkdirSync(path.join(dataDir, 'companies'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'companies', 'default.vade.sqlite'), 'this is a spreadsheet, honestly');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = launch(dataDir);
    await vi.waitFor(() => expect(fake.record.exitCodes).toEqual([1]));
    consoleError.mockRestore();
    expect(fake.windows).toHaveLength(0);
    const [box] = fake.record.errorBoxes;
    expect(box?.title).toBe('Vade — Veriler açılamadı / Data could not be opened');
    expect(box?.body).toContain('Vade veritabanı değil');
    expect(box?.body).toContain('not a Vade database');
    expect(box?.body).toContain(path.join(dataDir, 'companies', 'default.vade.sqlite'));
    expect(box?.body).not.toMatch(/\n\s+at /);
  });
});

describe('the native SQLite module', () => {
  const missing = path.join(work, 'nowhere', 'better_sqlite3.node');

  it('loads an Electron-ABI build named by VADE_SQLITE_BINDING in a development run (npm start)', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = launch(path.join(work, 'dev-binding'), { sqliteBinding: missing });
    await vi.waitFor(() => expect(fake.record.exitCodes).toEqual([1]), { timeout: 10_000 });
    consoleError.mockRestore();
    expect(fake.windows).toHaveLength(0);
  });

  it('ignores VADE_SQLITE_BINDING in a packaged app: native code is never loaded from an environment variable', async () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = launch(path.join(work, 'packaged'), { packaged: true, sqliteBinding: missing });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
    consoleWarn.mockRestore();
    expect(fake.record.exitCodes).toEqual([]);
    fake.electron.app.quit();
    await vi.waitFor(() => expect(fake.record.reallyQuit).toBe(true));
  });
});
