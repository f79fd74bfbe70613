import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir';
import { CompanySession } from './company-session';
import { openConnection } from './connection';
import { companyDatabaseFile } from './data-dir';
import type { Migration } from './migrations/migration';
import { migrate } from './migrator';
import { LATEST_SCHEMA, openStore } from './open-store';
import { StoreError } from './store-error';

/** A company file with pages scribbled over in the middle (the header kept), closed cleanly (no WAL left). */
async function damagedCompany(options: { schemaVersion?: number } = {}): Promise<string> {
  const dir = tempDir();
  const store = await openStore(dir);
  for (let i = 0; i < 300; i++)
    store.raw.prepare('insert into settings (key, value, updated_at) values (?, ?, ?)').run(`k${i}`, 'x'.repeat(400), 'now');
  if (options.schemaVersion !== undefined) store.raw.pragma(`user_version = ${options.schemaVersion}`);
  await store.close();
  const file = companyDatabaseFile(dir);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, 4096 * 3, 4096 * 6);
  fs.writeFileSync(file, bytes);
  return dir;
}

const reasonOf = async (work: () => unknown): Promise<string> => {
  try {
    await work();
  } catch (error) {
    if (error instanceof StoreError) return error.reason;
    throw error;
  }
  return 'opened';
};

describe('store', () => {
  it('opens a new company file with WAL, synchronous=FULL and foreign keys', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    expect(store.file).toBe(companyDatabaseFile(dir));
    expect(store.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.schemaVersion).toBeGreaterThan(0);
    await store.close();
  });

  it('refuses a file that is not a database, with a clear reason', async () => {
    const dir = tempDir();
    const file = companyDatabaseFile(dir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'Müşteri listesi.xlsx — definitely not SQLite');
    expect(await reasonOf(() => openStore(dir))).toBe('not_a_database');
    expect(fs.readFileSync(file, 'utf8')).toContain('not SQLite'); // untouched
  });

  it('refuses a damaged database instead of crashing', async () => {
    const dir = await damagedCompany();
    expect(await reasonOf(() => openStore(dir))).toBe('damaged');
  });

  it('opens a large file closed cleanly at once and owes its quick_check; after a crash or before a migration it checks first', async () => {
    const dir = await damagedCompany();
    const file = companyDatabaseFile(dir);
    const opened = await openStore(dir, { deferQuickCheckAbove: 0 });
    expect(opened.quickCheckDeferred).toBe(true);
    await opened.close();
    expect(await reasonOf(() => openStore(dir, { deferQuickCheckAbove: fs.statSync(file).size + 1 }))).toBe('damaged');

    fs.writeFileSync(`${file}-wal`, 'x'.repeat(100)); // what a crash leaves: a WAL file with something in it
    expect(await reasonOf(() => openStore(dir, { deferQuickCheckAbove: 0 }))).toBe('damaged');
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });

    const older = await damagedCompany({ schemaVersion: LATEST_SCHEMA - 1 });
    expect(await reasonOf(() => openStore(older, { deferQuickCheckAbove: 0 }))).toBe('damaged');
  });

  it('checks a deferred file in the background and puts the stand-in in its place when damaged, writing nothing to it', async () => {
    const dir = await damagedCompany();
    const file = companyDatabaseFile(dir);
    const before = fs.readFileSync(file);
    const session = await CompanySession.open(dir, 'default', { allowDamaged: true, deferQuickCheckAbove: 0 });
    const told: string[] = [];
    session.onDamaged((damaged) => told.push(damaged.file));
    await session.checked;
    expect(session.damaged).toMatchObject({ file, message: expect.stringContaining('damaged') as string });
    expect(told).toEqual([file]);
    expect(session.store.file).toBe(':memory:');
    await session.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('checks a sound deferred file in the background and keeps working on it', async () => {
    const dir = tempDir();
    await (await openStore(dir)).close();
    const session = await CompanySession.open(dir, 'default', { allowDamaged: true, deferQuickCheckAbove: 0 });
    expect(session.store.quickCheckDeferred).toBe(true);
    await session.checked;
    expect(session.damaged).toBeNull();
    expect(session.store.file).toBe(companyDatabaseFile(dir));
    await session.close();
  });

  it('refuses a file written by a newer schema and leaves it as it was', async () => {
    const dir = tempDir();
    (await openStore(dir)).raw.pragma('user_version = 999');
    expect(await reasonOf(() => openStore(dir))).toBe('newer_schema');
    const raw = new BetterSqlite3(companyDatabaseFile(dir));
    expect(raw.pragma('user_version', { simple: true })).toBe(999);
    raw.close();
  });
});

describe('migrator', () => {
  const table = (name: string, fail = false): Migration => ({
    version: Number(name.slice(1)),
    name,
    async up(db) {
      await db.schema
        .createTable(name)
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .execute();
      if (fail) throw new Error('boom');
    },
  });

  it('backs up an existing database with the online backup API before migrating it', async () => {
    const dir = tempDir();
    const conn = openConnection(path.join(dir, 'c.vade.sqlite'));
    const db = conn.db as unknown as Kysely<unknown>;
    await migrate(conn.raw, db, [table('t1')], path.join(dir, 'backups'));
    await sql`insert into t1 (id) values (42)`.execute(db); // committed, still in the WAL file

    const report = await migrate(conn.raw, db, [table('t1'), table('t2')], path.join(dir, 'backups'));
    expect(report).toMatchObject({ from: 1, to: 2 });
    expect(report.backupFile).toMatch(/before-migration-v1/);
    const backup = new BetterSqlite3(report.backupFile!, { readonly: true });
    expect(backup.prepare('select id from t1').pluck().all()).toEqual([42]);
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
    await conn.close();
  });

  it('rolls a failed migration back completely and says where the backup is', async () => {
    const dir = tempDir();
    const conn = openConnection(path.join(dir, 'c.vade.sqlite'));
    const db = conn.db as unknown as Kysely<unknown>;
    await migrate(conn.raw, db, [table('t1')], path.join(dir, 'backups'));
    const error = await migrate(conn.raw, db, [table('t1'), table('t2', true)], path.join(dir, 'backups')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).reason).toBe('migration_failed');
    expect((error as StoreError).message).toMatch(/backup is at/);
    expect(conn.raw.pragma('user_version', { simple: true })).toBe(1);
    expect(conn.raw.prepare("select count(*) from sqlite_master where name = 't2'").pluck().get()).toBe(0);
    await conn.close();
  });

  it('does not back up a brand-new empty database', async () => {
    const dir = tempDir();
    const raw = new BetterSqlite3(path.join(dir, 'n.sqlite'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const report = await migrate(raw, db, [table('t1')], path.join(dir, 'backups'));
    expect(report).toEqual({ from: 0, to: 1, backupFile: null });
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    await db.destroy();
  });
});
