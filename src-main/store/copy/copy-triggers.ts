import { sql } from 'kysely';
import { storeKindOf, type AnyDb } from '../dialect/kind';
import type { CopyTable } from './copy-schema';

/**
 * Rows are copied as they are, kept figures included (invoice_summary, daily_ledger, customer_habits …), so the
 * triggers that keep those figures and refuse audit-log changes must not fire while the target is filled. Returns
 * what turns them back on; both run inside the target's one transaction, so a failed copy leaves them as they were.
 * PostgreSQL: `disable trigger user` (the table's owner may; foreign keys stay checked). SQLite cannot disable a
 * trigger: they are dropped and created again from their own SQL.
 */
export async function triggersOff(db: AnyDb, tables: readonly CopyTable[]): Promise<() => Promise<void>> {
  if (storeKindOf(db) === 'postgres') {
    for (const t of tables) await sql`alter table ${sql.table(t.name)} disable trigger user`.execute(db);
    return async () => {
      for (const t of tables) await sql`alter table ${sql.table(t.name)} enable trigger user`.execute(db);
    };
  }
  const { rows: triggers } = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
    where type = 'trigger' order by name`.execute(db);
  for (const trigger of triggers) await sql`drop trigger ${sql.ref(trigger.name)}`.execute(db);
  return async () => {
    for (const trigger of triggers) await sql.raw(trigger.sql).execute(db);
  };
}

/** A PostgreSQL identity column numbers after the ids copied in (SQLite's row id always takes max + 1). */
export async function advanceCounters(db: AnyDb, tables: readonly CopyTable[]): Promise<void> {
  if (storeKindOf(db) !== 'postgres') return;
  for (const t of tables.filter((table) => table.numbered)) {
    await sql`select setval(s, coalesce((select max(id) from ${sql.table(t.name)}), 0) + 1, false)
      from pg_get_serial_sequence(${t.name}, 'id') as s where s is not null`.execute(db);
  }
}
