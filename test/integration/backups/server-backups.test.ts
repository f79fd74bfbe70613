import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/backend';
import { copyCompanyBetween } from '../../../src-main/store/copy/copy-locations';
import { testDatabaseUrl } from '../../support/pg-databases';
import { randomLedger } from '../../support/random-ledger';
import { screenFigures } from '../../support/screen-figures';
import { call, type TestBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';
import { tempDir } from '../../support/temp-dir';

const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});

async function serverBackend(dataDir: string, databaseUrl: string): Promise<TestBackend> {
  const { now } = fixedClock();
  const b = await openBackend({ dataDir, mode: 'cli', now, databaseUrl });
  open.push(b);
  return Object.assign(b, { dataDir, now });
}

describe('backups of a company on a PostgreSQL server', () => {
  it('backs up into the chosen folder, lists and checks it, restores it in place and into a new database', async () => {
    const dir = tempDir();
    const url = await testDatabaseUrl(`${dir}-server`);
    const b = await serverBackend(dir, url);
    await randomLedger(b, {
      seed: 11,
      customers: 6,
      invoices: 70,
      maxAge: 150,
      issueLead: 5,
      pay: 0.6,
      reverse: 0.1,
      writeOff: 0.05,
    });
    const before = await screenFigures(b);

    const folder = path.join(tempDir(), 'yedekler');
    await call(b, 'backups/settings', { folder });
    const made = await call(b, 'backups/create', {});
    expect(made).toMatchObject({ kind: 'manual', encrypted: false, check: { status: 'ok' } });
    expect(made.check.schemaVersion).toBe(b.store.schemaVersion);
    expect((await call(b, 'backups/list', {})).map((e) => e.name)).toContain(made.name);
    expect((await call(b, 'backups/verify', { name: made.name })).check.status).toBe('ok');

    // Changes after the backup are gone after the restore, which keeps what was there as a backup of its own.
    await call(b, 'customers/create', { title: 'Sonradan Eklenen' });
    const restored = await call(b, 'backups/restore', { name: made.name });
    expect(restored.restoredFrom).toBe(made.name);
    expect(await screenFigures(b)).toEqual(before);
    expect((await call(b, 'backups/list', {})).map((e) => e.kind)).toContain('before-restore');
    const added = await call(b, 'customers/create', { title: 'Restore Sonrası' });
    expect(added.title).toBe('Restore Sonrası'); // ids continue after the restored ones

    // The same file restores into a new, empty database on the server.
    const fresh = await testDatabaseUrl(`${dir}-fresh`);
    await copyCompanyBetween(path.join(folder, made.name), fresh, { dataDir: dir });
    expect(await screenFigures(await serverBackend(tempDir(), fresh))).toEqual(before);
  }, 240_000);

  it('holds what other sessions committed before it began, and nothing of a transaction still open', async () => {
    const dir = tempDir();
    const url = await testDatabaseUrl(`${dir}-server`);
    const b = await serverBackend(dir, url);
    // Another PC: one batch committed, another written but not committed while the backup runs.
    const other = new pg.Client(url);
    await other.connect();
    const rows = (prefix: string) => Array.from({ length: 500 }, (_, i) => `('${prefix}${i}', '"x"', 'now')`).join(', ');
    try {
      await other.query(`insert into settings (key, value, updated_at) values ${rows('committed-')}`);
      await other.query('begin');
      await other.query(`insert into settings (key, value, updated_at) values ${rows('open-')}`);
      const made = await call(b, 'backups/create', {});
      expect(made.check.status).toBe('ok');
      await other.query('commit');
      const copy = new BetterSqlite3(path.join(dir, 'backups', made.name), { readonly: true });
      try {
        const count = (like: string) => copy.prepare('select count(*) from settings where key like ?').pluck().get(like);
        expect([count('committed-%'), count('open-%')]).toEqual([500, 0]);
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // one self-contained file
      } finally {
        copy.close();
      }
    } finally {
      await other.end();
    }
  }, 120_000);
});
