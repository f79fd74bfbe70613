import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * What each customer owes, per currency, for the customer list to show, sort and filter at 10,000 customers
 * without grouping a million invoices on every page (`features/customers/customer-figures.ts` keeps it): balance,
 * overdue amount and its oldest due date, and the next expected collection (day and sum). Rows exist only for a
 * customer and currency with something in them; `computed_on` is the day the day-dependent figures were taken on.
 * The rows are made by the first daily refresh after this migration.
 */
export const m0020: Migration = {
  version: 20,
  name: 'customer-figures',
  async up(db: Kysely<unknown>) {
    await sql`create table customer_figures (
      customer_id integer not null references customers (id) on delete cascade,
      currency text not null,
      balance integer not null,
      overdue integer not null,
      oldest_overdue_due text,
      next_expected_day text,
      next_expected_amount integer not null,
      computed_on text not null,
      primary key (customer_id, currency)
    ) without rowid`.execute(db);
  },
};
