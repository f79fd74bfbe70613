import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema';

/** The tables the demo fills, in an order that writes every row after the rows it refers to. */
export const DEMO_TABLES = [
  'customers',
  'customer_contacts',
  'invoices',
  'payments',
  'allocations',
  'disputes',
  'promises',
  'activities',
  'cheques',
  'cheque_events',
] as const satisfies readonly (keyof Database)[];
export type DemoTable = (typeof DEMO_TABLES)[number];

type Row = Record<string, string | number | null>;

/**
 * Where the demo's rows go. The demo makes a million rows, so it is written synchronously row by row: prepared
 * statements on an SQLite file, or, for a PostgreSQL server (whose driver is asynchronous), rows kept in memory with
 * their ids given here and written in batches afterwards (`bufferedDemoRows`).
 */
export interface DemoRows {
  /** Writes a row (without its id) and returns the id it gets. */
  add(table: DemoTable, row: Row): number;
  /** One more open dispute on an invoice already added. */
  countDispute(invoiceId: number): void;
}

/** Prepared statements on the SQLite file (one per table and column list), run inside the caller's transaction. */
export function sqliteDemoRows(raw: BetterSqlite3.Database): DemoRows {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const countDispute = raw.prepare('update invoices set open_disputes = open_disputes + 1 where id = ?');
  return {
    add(table, row) {
      const columns = Object.keys(row);
      const key = `${table}(${columns.join(',')})`;
      let statement = statements.get(key);
      if (!statement) {
        statement = raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        statements.set(key, statement);
      }
      return Number(statement.run(...Object.values(row)).lastInsertRowid);
    },
    countDispute: (invoiceId) => void countDispute.run(invoiceId),
  };
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const BATCH = 1000;

/**
 * Rows kept in memory for a PostgreSQL company, ids counted on from each table's highest; `write` inserts them in
 * batches in reference order, then moves each table's identity past the ids given.
 */
export async function bufferedDemoRows(db: Kysely<Database>): Promise<DemoRows & { write(): Promise<void> }> {
  const buffered = new Map<DemoTable, Row[]>(DEMO_TABLES.map((t) => [t, []]));
  const nextId = new Map<DemoTable, number>();
  for (const table of DEMO_TABLES) {
    const { rows } = await sql<{ top: number }>`select coalesce(max(id), 0) as top from ${sql.table(table)}`.execute(db);
    nextId.set(table, Number(rows[0]?.top ?? 0) + 1);
  }
  const firstInvoice = nextId.get('invoices')!;
  return {
    add(table, row) {
      const id = nextId.get(table)!;
      nextId.set(table, id + 1);
      buffered.get(table)!.push({ id, ...row });
      return id;
    },
    countDispute(invoiceId) {
      const invoice = buffered.get('invoices')![invoiceId - firstInvoice]!;
      invoice.open_disputes = Number(invoice.open_disputes ?? 0) + 1;
    },
    async write() {
      for (const table of DEMO_TABLES) {
        const rows = buffered.get(table)!;
        for (let i = 0; i < rows.length; i += BATCH)
          await db
            .insertInto(table)
            .values(rows.slice(i, i + BATCH) as never)
            .execute();
        if (rows.length > 0)
          await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(db);
        buffered.set(table, []);
      }
    },
  };
}
