import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { verifiedCopy } from '../../../src-main/store/backup-verify';
import { companyDatabaseFile } from '../../../src-main/store/data-dir';
import { LATEST_SCHEMA, openStore } from '../../../src-main/store/open-store';
import { tempDir } from '../../support/temp-dir';

/** Starts the child, waits until it has made a backup, lets it run `ms` more, then SIGKILLs it. */
async function killDuringBackups(dataDir: string, ms: number, password?: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/backup-child.ts', dataDir, ...(password ? [password] : [])],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    // Killed only after one backup is complete, while the next is under way.
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('backed up') && resolve());
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
  await new Promise((r) => setTimeout(r, ms));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

describe('a process killed during a backup', () => {
  for (const [label, password] of [
    ['plain', undefined],
    ['encrypted', 'parola-1234'],
  ] as const) {
    it(`leaves an openable database and no half-written ${label} backup under a real name`, { timeout: 60_000 }, async () => {
      const dataDir = tempDir();
      await killDuringBackups(dataDir, 700, password);

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
  }
});
