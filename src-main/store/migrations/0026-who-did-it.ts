import type { Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * The person named on the PC that made each change (Settings → "Person using this PC", `vade --as`), kept on the
 * audit log and on every row the customer's timeline shows, as it was at the moment of the write. A row made
 * before this migration, or on a PC with no name set, has null: nobody is named. One plain `add column` per
 * statement, so the same steps run on SQLite (one column per ALTER) and on PostgreSQL.
 */
const COLUMNS: readonly [table: string, column: string][] = [
  ['audit_log', 'actor_name'],
  ['invoices', 'created_by'],
  ['invoices', 'written_off_by'],
  ['payments', 'created_by'],
  ['payments', 'reversed_by'],
  ['disputes', 'opened_by'],
  ['disputes', 'resolved_by'],
  ['promises', 'created_by'],
  ['activities', 'created_by'],
  ['cheque_events', 'created_by'],
  ['plan_events', 'created_by'],
];

export const m0026: Migration = {
  version: 26,
  name: 'who-did-it',
  async up(db: Kysely<unknown>) {
    for (const [table, column] of COLUMNS) await db.schema.alterTable(table).addColumn(column, 'text').execute();
  },
};
