import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Two uses of the kept `customer_figures` (customer-figures.ts) at a million invoices, mostly for a server:
 *
 * - `open_amount`: the open invoice amounts of the account (the balance before money paid ahead), so the dashboard's risk
 *   segments sum one kept row per account instead of grouping every open invoice (191,640 rows) after each change;
 *   the day marker goes, so the next read that needs the figures works everyone's out again, this column with them.
 * - a sort key per currency for the list's amount sorts: in a currency filter the first page walks the accounts of
 *   that currency by overdue or balance, high to low, instead of sorting every matching customer.
 */
export const m0039: Migration = {
  version: 39,
  name: 'figures-open-and-sort-keys',
  async up(db: Kysely<unknown>) {
    await sql`alter table customer_figures add column open_amount integer not null default 0`.execute(db);
    await sql`delete from settings where key = 'customer_figures.day'`.execute(db);
    await sql`create index customer_figures_by_overdue on customer_figures (currency, overdue desc, customer_id)`.execute(db);
    await sql`create index customer_figures_by_balance on customer_figures (currency, balance desc, customer_id)`.execute(db);
  },
};
