import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * What Today ranks, one row per customer with something to chase (`features/customers/customer-figures.ts` writes
 * it beside `customer_figures`, from the same rows): the amount to chase in each currency, one column each, and its
 * oldest due date. After a payment Today ranks every owing customer again; from this row a server reads 10,000
 * narrow rows instead of grouping 17,000 figure rows per customer (45 → 16 ms at a million invoices). The columns
 * follow the currencies Vade knows (src-shared/money/currency.ts): a new currency adds one here.
 *
 * The index of archived customers is usually empty: Today leaves them out by looking there instead of reading
 * every customer row. The day marker goes, so the next read that needs the figures works everyone's out again,
 * these rows with them.
 */
export const m0042: Migration = {
  version: 42,
  name: 'customer-chase',
  async up(db: Kysely<unknown>) {
    await sql`create table customer_chase (
      customer_id integer primary key references customers (id) on delete cascade,
      oldest_due text not null,
      chase_try integer not null default 0,
      chase_usd integer not null default 0,
      chase_eur integer not null default 0,
      chase_gbp integer not null default 0
    )`.execute(db);
    await sql`create index customers_archived on customers (id) where archived_at is not null`.execute(db);
    await sql`delete from settings where key = 'customer_figures.day'`.execute(db);
  },
};
