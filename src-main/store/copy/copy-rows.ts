import { sql, type RawBuilder } from 'kysely';
import type { AnyDb } from '../dialect/kind';
import type { CopyTable } from './copy-schema';

/** Bound values per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const VALUES_PER_BATCH = 30_000;
const MAX_ROWS_PER_BATCH = 1_000;

export const batchRows = (table: CopyTable): number =>
  Math.max(1, Math.min(MAX_ROWS_PER_BATCH, Math.floor(VALUES_PER_BATCH / table.columns.length)));

type Row = Record<string, unknown>;

/**
 * Copies one table's rows in key order, a batch at a time (keyset on the primary key, so a million rows never
 * hold more than a batch in memory nor rescan what was read), ids and every column as they are.
 */
export async function copyTableRows(
  source: AnyDb,
  target: AnyDb,
  table: CopyTable,
  onBatch?: (copied: number) => void,
): Promise<number> {
  const limit = batchRows(table);
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const key = sql.join(table.key.map((c) => sql.ref(c)));
  let after: unknown[] | null = null;
  let copied = 0;
  for (;;) {
    const from: RawBuilder<unknown> = after ? sql`where (${key}) > (${sql.join(after)})` : sql``;
    const { rows } = await sql<Row>`select ${columns} from ${sql.table(table.name)} ${from}
      order by ${key} limit ${limit}`.execute(source);
    if (rows.length === 0) return copied;
    const values = rows.map((row) => sql`(${sql.join(table.columns.map((c) => row[c] ?? null))})`);
    await sql`insert into ${sql.table(table.name)} (${columns}) values ${sql.join(values)}`.execute(target);
    copied += rows.length;
    onBatch?.(copied);
    const last = rows.at(-1)!;
    after = table.key.map((c) => last[c]);
    if (rows.length < limit) return copied;
  }
}
