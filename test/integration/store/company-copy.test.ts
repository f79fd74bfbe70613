import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/backend';
import { CopyError } from '../../../src-main/store/copy/copy-company';
import { copyCompanyBetween } from '../../../src-main/store/copy/copy-locations';
import { companyDatabaseFile } from '../../../src-main/store/data-dir';
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

async function backend(dataDir: string, databaseUrl?: string): Promise<TestBackend> {
  const { now } = fixedClock();
  const b = await openBackend({ dataDir, mode: 'cli', now, ...(databaseUrl ? { databaseUrl } : {}) });
  open.push(b);
  return Object.assign(b, { dataDir, now });
}

describe('copying a company between its SQLite file and a PostgreSQL server', () => {
  it('round-trips a random ledger SQLite → PostgreSQL → SQLite with the same rows, money and screen figures', async () => {
    const first = tempDir();
    const original = await backend(first);
    await randomLedger(original, {
      seed: 7,
      customers: 9,
      invoices: 160,
      maxAge: 200,
      issueLead: 10,
      pay: 0.7,
      reverse: 0.15,
      writeOff: 0.05,
    });
    const customer = (await call(original, 'customers/list', { limit: 1 })).items[0]!;
    await call(original, 'activities/log', { customerId: customer.id, kind: 'note', summary: 'Aradım, ödeyecek' });
    const before = await screenFigures(original);

    const url = await testDatabaseUrl(`${first}-server`);
    const up = await copyCompanyBetween(companyDatabaseFile(first), url, { dataDir: first });
    expect(up.from.kind).toBe('sqlite');
    expect(up.to.kind).toBe('postgres');
    expect(up.to.label).not.toMatch(/:[^:@/]+@/); // no password in what is reported
    expect(up.rows.invoices).toBe(160);
    expect(up.rows.audit_log).toBeGreaterThan(160);
    expect(up.money['invoices.total']!.TRY).toBeGreaterThan(0);
    // The copy leaves the server's planner statistics and visibility map done (autovacuum may not run for a while).
    const admin = new pg.Client(url);
    await admin.connect();
    const stats = await admin.query("select last_vacuum, last_analyze from pg_stat_user_tables where relname = 'invoices'");
    await admin.end();
    expect(stats.rows[0]).toMatchObject({ last_vacuum: expect.anything(), last_analyze: expect.anything() });

    const second = tempDir();
    const down = await copyCompanyBetween(url, companyDatabaseFile(second), { dataDir: second });
    expect(down.rows).toEqual(up.rows);
    expect(down.money).toEqual(up.money);
    const file = new Database(companyDatabaseFile(second), { readonly: true });
    const analyzed = file.prepare("select count(*) as n from sqlite_stat1 where tbl = 'invoices'").get() as { n: number };
    file.close();
    expect(analyzed.n).toBeGreaterThan(0);

    const roundTripped = await backend(second);
    expect(await screenFigures(roundTripped)).toEqual(before);

    // On the server: the same figures, and new rows are numbered after the copied ids.
    const server = await backend(tempDir(), url);
    expect(await screenFigures(server)).toEqual(before);
    const added = await call(server, 'customers/create', { title: 'Yeni Cari' });
    expect(added.id).toBe(Math.max(...(await call(original, 'customers/list', { limit: 500 })).items.map((c) => c.id)) + 1);
  }, 180_000);

  it('refuses a target that already holds a company, and leaves no file when the source is missing', async () => {
    const dir = tempDir();
    const b = await backend(dir);
    await call(b, 'customers/create', { title: 'Deniz Gıda' });
    const url = await testDatabaseUrl(`${dir}-server`);
    await copyCompanyBetween(companyDatabaseFile(dir), url, { dataDir: dir });

    const again = await copyCompanyBetween(companyDatabaseFile(dir), url, { dataDir: dir }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(CopyError);
    expect((again as CopyError).reason).toBe('target_not_empty');

    const target = path.join(tempDir(), 'copy.vade.sqlite');
    const missing = await copyCompanyBetween(path.join(dir, 'nope.vade.sqlite'), target, { dataDir: dir }).catch(
      (e: unknown) => e,
    );
    expect((missing as CopyError).reason).toBe('source_missing');
    expect(fs.existsSync(target)).toBe(false);

    // A file target that holds a company is refused too, and the refusal leaves it as it was.
    const other = tempDir();
    const used = await backend(other);
    await call(used, 'customers/create', { title: 'Kuzey Yapı' });
    const refusedCopy = await copyCompanyBetween(url, companyDatabaseFile(other), { dataDir: other }).catch((e: unknown) => e);
    expect((refusedCopy as CopyError).reason).toBe('target_not_empty');
    expect((await call(used, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Kuzey Yapı']);
  }, 120_000);

  it("companies/copy copies the open company to a server and says in the user's language why it refuses", async () => {
    const dir = tempDir();
    const b = await backend(dir);
    await call(b, 'customers/create', { title: 'Deniz Gıda' });
    const url = await testDatabaseUrl(`${dir}-server`);
    const report = await call(b, 'companies/copy', { to: url });
    expect(report).toMatchObject({ from: { kind: 'sqlite' }, to: { kind: 'postgres' }, rows: { customers: 1 } });
    const again = await b.dispatch('companies/copy', { to: url });
    expect(!again.ok && again.error).toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/Hedefte zaten bir şirket var/),
    });
  }, 120_000);
});
