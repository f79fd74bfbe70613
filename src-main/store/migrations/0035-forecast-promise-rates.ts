import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * How often each customer keeps promises (the forecast's promise rates) from one index: the settled promises by
 * customer and day with their amount (status among the columns, so SQLite reads no table row). Before, each of
 * the 26,000 promises of the demo company at a million invoices was read from the table.
 */
export const m0035: Migration = {
  version: 35,
  name: 'forecast-promise-rates',
  async up(db: Kysely<unknown>) {
    await sql`create index promises_rated_by_customer on promises (customer_id, promised_date, amount, status)
      where status <> 'cancelled'`.execute(db);
  },
};
