import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { PreloadApi } from '../../src-shared/contract/preload-api';
import { electronRuntime } from '../../scripts/electron-runtime.mjs';

const root = path.resolve(import.meta.dirname, '../..');
// Checked without require('electron'), which would start a download.
const runtime = electronRuntime(root);

test.describe('Vade in Electron', () => {
  test.skip(runtime.binary === null || runtime.binding === null, runtime.reason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-electron-smoke-'));
    app = await electron.launch({
      executablePath: runtime.binary ?? undefined,
      args: [root, `--data-dir=${dataDir}`],
      cwd: root,
      env: { ...process.env, VADE_SQLITE_BINDING: runtime.binding ?? '' },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('shows the app from vade://app with the navigation', async () => {
    expect(page.url()).toMatch(/^vade:\/\/app\//);
    await expect(page.getByTestId('app-name')).toHaveText('Vade');
    await expect(page.getByRole('navigation')).toBeVisible();
  });

  test('exposes only window.vade.{rpc,onEvent}; no Node in the page', async () => {
    const surface = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      return {
        vade: Object.keys((scope.vade as object | undefined) ?? {}).sort(),
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
      };
    });
    expect(surface).toEqual({ vade: ['onEvent', 'rpc'], require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('serves pages with the CSP and keeps navigation inside the app', async () => {
    const csp = await page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'none'");
    const opened = await page.evaluate(() => window.open('http://example.invalid/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'http://example.invalid/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^vade:\/\/app\//);
  });

  test('creates a customer over IPC, gets the event, and lists it', async () => {
    const outcome = await page.evaluate(async () => {
      const api = (globalThis as unknown as { vade: PreloadApi }).vade;
      const changed = new Promise<string>((resolve) => {
        const stop = api.onEvent((event) => {
          stop();
          resolve(event.type);
        });
      });
      const created = await api.rpc('customers/create', { title: 'Elektron Deneme Ltd. Şti.' });
      return { ok: created.ok, event: await changed };
    });
    expect(outcome).toEqual({ ok: true, event: 'customers/changed' });
    await page.getByRole('navigation').getByRole('link', { name: 'Cariler' }).click();
    await expect(page.getByText('Elektron Deneme Ltd. Şti.')).toBeVisible();
  });
});
