import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface AppFixture {
  /** The address to open, bridge token included. */
  url: string;
  dataDir: string;
  /** Calls the backend directly through the bridge, to arrange data or check what the UI saved. */
  call<T = unknown>(method: string, args?: unknown): Promise<T>;
}

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;

/** Starts `vade serve` on a free port over a fresh data folder and waits for the URL it prints. */
export async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.resolve('bin/vade.mjs'), 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Reminders run when a test asks (run now), not whenever the clock says so.
    env: { ...process.env, VADE_REMINDER_SCHEDULER: 'off' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: the first start transpiles the sources through tsx, slow on a busy 2-core machine.
    const timer = setTimeout(() => reject(new Error(`vade serve did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_PATTERN.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`vade serve exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

export const test = base.extend<{ app: AppFixture }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-e2e-'));
    const { child, url } = await startServer(dataDir);
    const parsed = new URL(url);
    const token = parsed.searchParams.get('token')!;
    const call = async <T>(method: string, args: unknown = {}): Promise<T> => {
      const response = await fetch(new URL('/rpc', parsed), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-vade-token': token },
        body: JSON.stringify({ method, args }),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    await use({ url, dataDir, call });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
