import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect/kind';
import type { Migration } from './migration';

/**
 * On a server, the calendar's date indexes of open invoices and live cheques carry the row's id, so a day's items
 * are read from the index alone (PostgreSQL's index-only scan; before, every item's table row was fetched: a month
 * of everyone's, 36,000 rows). SQLite's indexes already hold the rowid, which is the id: there nothing changes (an
 * index made again would also lose its statistics, and the planner picked another one). Same names and leading
 * columns, so every query that used them (or names them, `indexedBy`) keeps its plan.
 */
export const m0037: Migration = {
  version: 37,
  name: 'calendar-index-ids',
  async up(db: Kysely<unknown>) {
    if (!isPostgres(db)) return;
    await sql`drop index invoices_open_by_due_date`.execute(db);
    await sql`create index invoices_open_by_due_date on invoices (due_date, customer_id, currency, open_amount, id)
      where open_amount > 0`.execute(db);
    await sql`drop index cheques_live_by_due`.execute(db);
    await sql`create index cheques_live_by_due on cheques (due_date, currency, amount, customer_id, id)
      where status in ('portfolio', 'at_bank')`.execute(db);
  },
};
