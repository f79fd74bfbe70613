import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/backend';
import { keyFileSecretStore } from '../../../src-main/store/secrets/secret-store';
import { backupDatabase } from '../../../src-main/store/backup';
import { backupsToDelete, DEFAULT_ROTATION, type Dated } from '../../../src-main/store/backup-rotation';
import { companyDatabaseFile } from '../../../src-main/store/data-dir';
import { openStore } from '../../../src-main/store/open-store';
import { testDatabaseUrl } from '../../support/pg-databases';
import { call, refused, testBackend, type TestBackend } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const backupPath = (dataDir: string, name: string) => path.join(dataDir, 'backups', name);

/**
 * What a refused restore must leave as it was: the SQLite file's bytes (checkpointed, so the -wal holds nothing),
 * or on a server the rows of the customers and of the audit log.
 */
async function companyState(b: TestBackend) {
  if (b.store.kind === 'sqlite') {
    b.store.raw.pragma('wal_checkpoint(TRUNCATE)');
    return createHash('sha256').update(fs.readFileSync(b.store.file)).digest('hex');
  }
  const rows = (table: 'customers' | 'audit_log') => b.store.db.selectFrom(table).selectAll().orderBy('id').execute();
  return { customers: await rows('customers'), audit: await rows('audit_log') };
}

describe('backups', () => {
  it('copies committed pages that are still only in the WAL file', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    store.raw.pragma('wal_autocheckpoint = 0'); // keep every page in the -wal
    const insert = store.raw.prepare("insert into settings (key, value, updated_at) values (?, '\"x\"', 'now')");
    for (let i = 0; i < 500; i++) insert.run(`k${i}`);
    const mainFile = fs.readFileSync(store.file);
    expect(mainFile.includes(Buffer.from('k499'))).toBe(false); // not in the main file yet
    expect(fs.statSync(`${store.file}-wal`).size).toBeGreaterThan(0);

    const backup = await backupDatabase(store.raw, path.join(dir, 'backups'), 'manual');
    await store.close();
    const copy = new BetterSqlite3(backup, { readonly: true });
    expect(copy.prepare("select count(*) from settings where key like 'k%'").pluck().get()).toBe(500);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // one self-contained file
    copy.close();
    expect(fs.existsSync(`${backup}-wal`)).toBe(false);
  });

  it('backs up now, lists the file with its check, and restores it with undo', async () => {
    const b = await testBackend();
    await call(b, 'customers/create', { title: 'Deniz Gıda' });
    const made = await call(b, 'backups/create', {});
    expect(made).toMatchObject({ kind: 'manual', encrypted: false, check: { status: 'ok' } });
    expect(made.check.schemaVersion).toBe(b.store.schemaVersion);
    expect((await call(b, 'backups/list', {})).map((e) => e.name)).toEqual([made.name]);

    await call(b, 'customers/create', { title: 'Kuzey Yapı' });
    const replaced: string[] = [];
    b.events.subscribe((e) => replaced.push(e.type));
    const restored = await call(b, 'backups/restore', { name: made.name });
    expect(replaced).toContain('store/replaced');
    expect((await call(b, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Deniz Gıda']);
    expect(fs.existsSync(restored.asideFile)).toBe(true);
    expect((await call(b, 'backups/status', {})).lastRestore?.backupName).toBe(made.name);

    expect(await call(b, 'backups/undo-restore', {})).toEqual({ undone: true });
    expect((await call(b, 'customers/list', {})).items.map((c) => c.title).sort()).toEqual(['Deniz Gıda', 'Kuzey Yapı']);
    expect((await call(b, 'backups/status', {})).lastRestore).toBeNull();
    expect(await call(b, 'backups/undo-restore', {})).toEqual({ undone: false });
  });

  it('encrypts with a password, restores with it and refuses a wrong one', async () => {
    const b = await testBackend();
    await call(b, 'customers/create', { title: 'Şahin Oto' });
    await call(b, 'backups/settings', { password: 'çok-gizli-parola' });
    // Kept sealed by the secret store, never as written.
    expect(fs.readFileSync(path.join(b.dataDir, 'vade-app.json'), 'utf8')).not.toContain('gizli');
    const made = await call(b, 'backups/create', {});
    expect(made).toMatchObject({ encrypted: true, check: { status: 'ok' } });
    const bytes = fs.readFileSync(backupPath(b.dataDir, made.name));
    expect(bytes.subarray(0, 7).toString()).toBe('VADEBAK');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Şahin Oto'))).toBe(false);

    await call(b, 'backups/settings', { password: null }); // the saved password is gone
    const noPassword = await refused(b, 'backups/restore', { name: made.name });
    expect(noPassword.message).toContain('parola');
    const wrong = await refused(b, 'backups/restore', { name: made.name, password: 'yanlış-parola' });
    expect(wrong.message).toBe('Parola yanlış; yedek açılamadı. Hiçbir şey değiştirilmedi.');
    await call(b, 'customers/create', { title: 'Sonradan Gelen' });
    await call(b, 'backups/restore', { name: made.name, password: 'çok-gizli-parola' });
    expect((await call(b, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Şahin Oto']);
  });

  it('refuses a corrupted or foreign backup and changes nothing', async () => {
    const b = await testBackend();
    for (let i = 0; i < 200; i++) await call(b, 'customers/create', { title: `Cari ${i} ${'x'.repeat(200)}` });
    const made = await call(b, 'backups/create', {});
    const file = backupPath(b.dataDir, made.name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 4, 4096 * 4 + 3000); // flip bytes inside a table page, header intact
    fs.writeFileSync(file, bytes);
    const before = await companyState(b);

    const error = await refused(b, 'backups/restore', { name: made.name });
    expect(error.message).toContain('bozuk');
    expect(await companyState(b)).toEqual(before);
    expect((await call(b, 'customers/list', { limit: 500 })).total).toBe(200);
    expect((await call(b, 'backups/verify', { name: made.name })).check).toMatchObject({ status: 'failed', problem: 'damaged' });

    // A spreadsheet renamed to look like a backup, and an SQLite file that is not Vade's.
    const foreign = backupPath(b.dataDir, 'default-manual-2026-01-01T00-00-00Z.vade.sqlite');
    new BetterSqlite3(foreign).exec('create table t (x)').close();
    expect((await refused(b, 'backups/restore', { name: path.basename(foreign) })).message).toContain(
      'Vade şirket dosyası değil',
    );
    fs.writeFileSync(backupPath(b.dataDir, 'default-manual-2026-01-02T00-00-00Z.vade.sqlite'), 'Ünvan;Tutar\n');
    expect((await refused(b, 'backups/restore', { name: 'default-manual-2026-01-02T00-00-00Z.vade.sqlite' })).message).toContain(
      'Vade yedeği değil',
    );
    expect((await call(b, 'customers/list', { limit: 500 })).total).toBe(200);
    expect((await call(b, 'backups/status', {})).lastRestore).toBeNull();
  });

  it('keeps 7 daily, 4 weekly and 12 monthly automatic backups as the clock moves on', () => {
    let kept: Dated[] = [];
    const start = Date.UTC(2025, 0, 1, 9);
    for (let day = 0; day < 500; day++) {
      const now = new Date(start + day * 86_400_000);
      kept.push({ name: `b${day}`, createdAt: now });
      if (day % 3 === 0) kept.push({ name: `b${day}-evening`, createdAt: new Date(now.getTime() + 8 * 3_600_000) });
      const doomed = new Set(backupsToDelete(kept, DEFAULT_ROTATION, now));
      kept = kept.filter((b) => !doomed.has(b.name));
    }
    const days = kept.map((b) => b.createdAt.toISOString().slice(0, 10)).sort();
    const last = days.at(-1)!;
    expect(new Set(days).size).toBe(days.length); // one per day at most
    expect(days.slice(-7)).toEqual(
      Array.from({ length: 7 }, (_, i) => new Date(Date.parse(last) - (6 - i) * 86_400_000).toISOString().slice(0, 10)),
    );
    expect(new Set(days.map((d) => d.slice(0, 7))).size).toBe(12); // a year of months
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12 + 4);
    // A backup dated after "now" (a clock set back) is never deleted.
    const future = [{ name: 'future', createdAt: new Date(start + 900 * 86_400_000) }, ...kept];
    expect(backupsToDelete(future, { daily: 0, weekly: 0, monthly: 0 }, new Date(start))).not.toContain('future');
  });

  // Forty backups, each checked after writing: well over the default timeout on a busy machine. A server company's
  // backups (the app's logical copy) rotate the same way.
  for (const store of ['file', 'server'] as const)
    it(
      `rotates automatic backups made by the service with an injected clock (company ${store})`,
      { timeout: 240_000 },
      async () => {
        const dataDir = tempDir();
        let now = new Date(Date.UTC(2026, 0, 1, 10));
        const databaseUrl = store === 'server' ? await testDatabaseUrl(`${dataDir}-server`) : undefined;
        const backend = await openBackend({ dataDir, mode: 'cli', ...(databaseUrl ? { databaseUrl } : {}) });
        try {
          const { BackupService } = await import('../../../src-main/features/backups/backup-service');
          const service = new BackupService({
            session: backend.session,
            config: new (await import('../../../src-main/store/app-config')).AppConfigFile(dataDir),
            publish: () => {},
            secrets: keyFileSecretStore(dataDir),
            now: () => now,
            rotation: { daily: 3, weekly: 2, monthly: 2 },
          });
          expect(service.due()).toBe(true);
          for (let day = 0; day < 40; day++) {
            now = new Date(Date.UTC(2026, 0, 1 + day, 10));
            if (service.due()) await service.create('auto');
            expect(service.due()).toBe(false);
          }
          const autos = service.list().filter((e) => e.kind === 'auto');
          expect(autos.length).toBeLessThanOrEqual(3 + 2 + 2);
          expect(autos[0]!.createdAt.slice(0, 10)).toBe('2026-02-09');
          expect(autos.map((e) => e.createdAt.slice(0, 10))).toContain('2026-01-31'); // January's newest
        } finally {
          await backend.close();
        }
      },
    );

  /** A company of 300 customers with one backup, then its file scribbled over in the middle (closed cleanly). */
  async function damagedAfterBackup(): Promise<{ dataDir: string; file: string }> {
    const dataDir = tempDir();
    const first = await openBackend({ dataDir, mode: 'cli' });
    for (let i = 0; i < 300; i++) await call(first, 'customers/create', { title: `Müşteri ${i} ${'y'.repeat(200)}` });
    await call(first, 'backups/create', {});
    first.store.raw.pragma('wal_checkpoint(TRUNCATE)');
    await first.close();
    const file = companyDatabaseFile(dataDir);
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 8);
    fs.writeFileSync(file, bytes);
    return { dataDir, file };
  }

  it('a large company opens without waiting for its check; damage found in the background shows the same way out', async () => {
    const { dataDir, file } = await damagedAfterBackup();
    const app = await openBackend({ dataDir, mode: 'browser', allowDamaged: true, deferQuickCheckAbove: 0 });
    try {
      await app.session.checked; // the stand-in is in place: nothing more is written to the file
      expect((await call(app, 'backups/status', {})).damaged?.file).toBe(file);
      await call(app, 'backups/restore-latest', {});
      expect((await call(app, 'backups/status', {})).damaged).toBeNull();
      expect((await call(app, 'customers/list', { limit: 500 })).total).toBe(300);
    } finally {
      await app.close();
    }
  });

  it('offers the latest good backup when the company file is damaged on open', async () => {
    const { dataDir, file } = await damagedAfterBackup();
    await expect(openBackend({ dataDir, mode: 'cli' })).rejects.toThrow(/damaged/);
    const app = await openBackend({ dataDir, mode: 'browser', allowDamaged: true });
    try {
      const status = await call(app, 'backups/status', {});
      expect(status.damaged?.file).toBe(file);
      await call(app, 'backups/restore-latest', {});
      expect((await call(app, 'backups/status', {})).damaged).toBeNull();
      expect((await call(app, 'customers/list', { limit: 500 })).total).toBe(300);
    } finally {
      await app.close();
    }
  });
});
