import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openServerStore, openStore, type Store } from '../../../src-main/store/open-store';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/store/migrations';
import { StoreError } from '../../../src-main/store/store-error';
import { dropTestDatabases, stopOwnCluster, testDatabaseUrl } from '../../support/pg-databases';
import { tempDir } from '../../support/temp-dir';

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await dropTestDatabases();
});
afterAll(stopOwnCluster);

const open = async (store: Promise<Store>): Promise<Store> => {
  opened.push(await store);
  return opened.at(-1)!;
};

type Column = { table: string; column: string; type: string; notNull: boolean };

/** SQLite's declared types and what each must be on the server: money and ids need 64 bits. */
const SERVER_TYPE: Record<string, string> = { integer: 'bigint', text: 'text', blob: 'bytea' };

async function sqliteSchema(store: Store) {
  const tables = store.raw
    .prepare<[], { name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .all()
    .map((t) => t.name);
  const columns: Column[] = tables.flatMap((table) =>
    store.raw
      .prepare<[], { name: string; type: string; notnull: number; pk: number }>(`select * from pragma_table_info('${table}')`)
      .all()
      // SQLite lets a primary key column hold null unless it is the row id; PostgreSQL never does.
      .map((c) => ({ table, column: c.name, type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0 })),
  );
  const names = (type: string) =>
    store.raw
      .prepare<[], { name: string }>(`select name from sqlite_master where type = '${type}' and name not like 'sqlite_%'`)
      .all()
      .map((r) => r.name)
      .sort();
  return { columns, indexes: names('index'), triggers: names('trigger') };
}

async function serverSchema(store: Store) {
  const columns = (
    await sql<{ table: string; column: string; type: string; not_null: string }>`
      select table_name as "table", column_name as "column", data_type as type, is_nullable as not_null
      from information_schema.columns where table_schema = 'public' and table_name <> 'schema_migrations'`.execute(store.db)
  ).rows.map((c) => ({ table: c.table, column: c.column, type: c.type, notNull: c.not_null === 'NO' }));
  const indexes = (
    await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = 'public'
      and indexname not like '%_pkey' and indexname not like '%_key'`.execute(store.db)
  ).rows.map((r) => r.name);
  const triggers = (
    await sql<{ name: string }>`select tgname as name from pg_trigger where not tgisinternal`.execute(store.db)
  ).rows.map((r) => r.name);
  return { columns, indexes: indexes.sort(), triggers: triggers.sort() };
}

const byKey = (columns: Column[]) => new Map(columns.map((c) => [`${c.table}.${c.column}`, c]));

describe('the schema on PostgreSQL', () => {
  it('has every table, column, index and trigger of the SQLite schema, with 64-bit integers', async () => {
    const lite = await sqliteSchema(await open(openStore(tempDir())));
    const server = await open(openServerStore(await testDatabaseUrl('schema'), tempDir()));
    expect(server.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const remote = await serverSchema(server);

    const expected = lite.columns.map((c) => ({ ...c, type: SERVER_TYPE[c.type] ?? `unknown SQLite type ${c.type}` }));
    const found = byKey(remote.columns);
    expect(expected.length).toBeGreaterThan(300);
    expect(expected.filter((c) => JSON.stringify(found.get(`${c.table}.${c.column}`)) !== JSON.stringify(c))).toEqual([]);
    expect(remote.columns.length).toBe(expected.length);
    // Unique constraints made by a column's `unique` are named by each store its own way; every other index is ours.
    const liteIndexes = lite.indexes.filter((name) => !name.startsWith('sqlite_'));
    expect(remote.indexes.filter((name) => !liteIndexes.includes(name))).toEqual([]);
    expect(liteIndexes.filter((name) => !remote.indexes.includes(name))).toEqual([]);
    expect(remote.triggers).toEqual(lite.triggers);
  });

  it('keeps the figures by trigger, refuses to change the audit log, and reads numbers and dates as SQLite does', async () => {
    const store = await open(openServerStore(await testDatabaseUrl('triggers'), tempDir()));
    const at = '2026-03-01T09:00:00.000Z';
    const customer = (
      await sql<{
        id: number;
      }>`insert into customers (code, code_key, title, kind, created_at, updated_at, search_text, sort_title)
        values ('C1', 'c1', 'Akdeniz Gıda', 'company', ${at}, ${at}, 'akdeniz gida', 'akdeniz gida') returning id`.execute(
        store.db,
      )
    ).rows[0]!;
    const big = 4_000_000_000_000; // 40 billion lira in kuruş: beyond 32 bits
    await sql`insert into invoices (customer_id, number, number_key, issue_date, due_date, currency, net, vat, total, open_amount,
        created_at, updated_at)
      values (${customer.id}, 'F1', 'f1', '2026-03-01', '2026-03-31', 'TRY', ${big}, 0, ${big}, ${big}, ${at}, ${at})`.execute(
      store.db,
    );
    const summary = await store.db.selectFrom('invoice_summary').selectAll().execute();
    expect(summary).toEqual([{ currency: 'TRY', state: 'full', due_date: '2026-03-31', count: 1, total: big, open: big }]);
    const sums = await sql<{ total: number; days: number; flag: number; day: string }>`
      select sum(total) as total, count(*) as days, (1 > 0) as flag, date '2026-03-31' as day from invoices`.execute(store.db);
    expect(sums.rows).toEqual([{ total: big, days: 1, flag: 1, day: '2026-03-31' }]);

    await store.db
      .insertInto('audit_log')
      .values({ at, actor: 'test', action: 'create', entity: 'customer', entity_id: customer.id, before: null, after: '{}' })
      .execute();
    await expect(store.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('refuses SQLite-only work in plain words and never shows the password', async () => {
    const url = (await testDatabaseUrl('masked')).replace('postgres@', 'postgres:s3cret-pw@');
    const store = await open(openServerStore(url, tempDir()));
    expect(store.file).not.toContain('s3cret-pw');
    expect(store.kind).toBe('postgres');
    expect(() => store.raw).toThrow(StoreError);
    const wrong = url.replace(/\/[^/]+$/, '/no_such_database');
    const failure = await openServerStore(wrong, tempDir()).catch((error: unknown) => error as StoreError);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).reason).toBe('cannot_open');
    expect((failure as StoreError).message).not.toContain('s3cret-pw');
    expect((failure as StoreError).message).toContain('postgres:***@');
  });

  it('opens an up-to-date database at once, and refuses one written by a newer Vade', async () => {
    const url = await testDatabaseUrl('versions');
    const first = await open(openServerStore(url, tempDir()));
    expect(first.migration).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, backupFile: null });
    const client = new pg.Client(url);
    await client.connect();
    await client.query("insert into schema_migrations (version, name, applied_at) values (999, 'future', 'now')");
    await client.end();
    const failure = await openServerStore(url, tempDir()).catch((error: unknown) => error as StoreError);
    expect((failure as StoreError).reason).toBe('newer_schema');
  });

  it("runs the app's sessions without JIT (compiling a screen's query cost more than running it)", async () => {
    const store = await open(openServerStore(await testDatabaseUrl('no-jit'), tempDir()));
    const { rows } = await sql<{ jit: string }>`show jit`.execute(store.db);
    expect(rows[0]!.jit).toBe('off');
  });
});
