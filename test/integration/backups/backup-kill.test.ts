import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { openBackend } from '../../../src-main/backend';
import { verifiedCopy } from '../../../src-main/store/backup-verify';
import { companyDatabaseFile } from '../../../src-main/store/data-dir';
import { LATEST_SCHEMA, openStore } from '../../../src-main/store/open-store';
import { testDatabaseUrl } from '../../support/pg-databases';
import { call } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the child and SIGKILLs it after it has made a backup, while the next is under way: `ms` later, or (without
 * `ms`) as soon as that backup's file is being written. Returns how many backups it finished.
 */
async function killDuringBackups(dataDir: string, options: { ms?: number; password?: string; env?: NodeJS.ProcessEnv }) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/backup-child.ts', dataDir, ...(options.password ? [options.password] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'], env: options.env ?? process.env },
  );
  let said = '';
  child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  const finished = () => said.split('backed up').length - 1;
  const started = () => said.split('backing up').length - 1;
  const deadline = Date.now() + 120_000;
  while (finished() === 0 && child.exitCode === null && Date.now() < deadline) await sleep(5);
  expect(finished(), 'the child made no backup').toBeGreaterThan(0);
  if (options.ms !== undefined) await sleep(options.ms);
  else {
    // The next backup's copy is being written: the .partial beside the backups, or the plain copy in the scratch folder.
    const writing = () =>
      fs.readdirSync(path.join(dataDir, 'backups')).some((n) => n.endsWith('.partial')) ||
      (fs.existsSync(path.join(dataDir, 'tmp')) &&
        fs.readdirSync(path.join(dataDir, 'tmp')).some((n) => n.startsWith('vade-backup-')));
    while (!(started() > finished() && writing()) && child.exitCode === null && Date.now() < deadline) await sleep(2);
  }
  const done = finished();
  child.kill('SIGKILL');
  await exited;
  return done;
}

describe('a process killed during a backup', () => {
  for (const [label, password] of [
    ['plain', undefined],
    ['encrypted', 'parola-1234'],
  ] as const) {
    it(`leaves an openable database and no half-written ${label} backup under a real name`, { timeout: 60_000 }, async () => {
      const dataDir = tempDir();
      await killDuringBackups(dataDir, { ms: 700, ...(password ? { password } : {}) });

      const store = await openStore(dataDir); // opens: quick_check passed, the WAL was recovered
      expect(store.raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.raw.prepare('select count(*) from settings').pluck().get()).toBeGreaterThanOrEqual(40_000);
      await store.close();

      const names = fs.readdirSync(path.join(dataDir, 'backups'));
      const finished = names.filter((n) => !n.includes('.partial')); // .partial and its -journal: never listed
      expect(finished.length).toBeGreaterThan(0);
      for (const name of finished) {
        const copy = await verifiedCopy(path.join(dataDir, 'backups', name), {
          password,
          scratchDir: path.join(dataDir, 'tmp'),
          latestSchema: LATEST_SCHEMA,
        });
        copy.release();
      }
      // The live file itself was never replaced by a backup.
      const live = new BetterSqlite3(companyDatabaseFile(dataDir), { readonly: true });
      expect(live.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA);
      live.close();
    });

    it(
      `leaves a server company whole and no half-written ${label} backup of it that passes as one`,
      { timeout: 180_000 },
      async () => {
        const dataDir = tempDir();
        const databaseUrl = await testDatabaseUrl(dataDir);
        const done = await killDuringBackups(dataDir, {
          env: { ...process.env, VADE_DATABASE_URL: databaseUrl },
          ...(password ? { password } : {}),
        });

        // Only the backups it finished are there under a real name; the one it was writing is not listed.
        const names = fs.readdirSync(path.join(dataDir, 'backups'));
        const finished = names.filter((n) => !n.includes('.partial'));
        expect(finished).toHaveLength(done);
        const backend = await openBackend({ dataDir, mode: 'cli', databaseUrl });
        try {
          // Its writes are whole transactions of 5,000 rows each: nothing half-written on the server.
          const rows = await backend.store.db
            .selectFrom('settings')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('key', 'like', 'k%')
            .executeTakeFirstOrThrow();
          expect(Number(rows.n) % 5000).toBe(0);
          expect(Number(rows.n)).toBeGreaterThanOrEqual(45_000);
          if (password) await call(backend, 'backups/settings', { password });
          const listed = await call(backend, 'backups/list', {});
          expect(listed.map((e) => e.name).sort()).toEqual([...finished].sort());
          for (const { name } of listed) expect((await call(backend, 'backups/verify', { name })).check.status).toBe('ok');
        } finally {
          await backend.close();
        }
      },
    );
  }
});
