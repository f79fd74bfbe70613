import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * A reversal has an event time (`reversed_at`, ISO UTC) and, like every other ledger movement, a business day
 * (`reversed_on`, the company's local day when it was made). Reading the first ten characters of the UTC time
 * put a reversal made between 00:00 and 03:00 in Istanbul on the day before in statements, aging and the
 * dashboard's history. Existing rows take the day of this computer's zone, as `todayLocal` does.
 * The indexes that searched reversals by time now search them by day (same columns otherwise).
 */
export const m0021: Migration = {
  version: 21,
  name: 'reversal-business-day',
  async up(db: Kysely<unknown>) {
    await sql`alter table payments add column reversed_on text`.execute(db);
    await sql`alter table allocations add column reversed_on text`.execute(db);
    await sql`update payments set reversed_on = date(reversed_at, 'localtime') where reversed_at is not null`.execute(db);
    await sql`update allocations set reversed_on = date(reversed_at, 'localtime') where reversed_at is not null`.execute(db);
    await sql`drop index allocations_reversed`.execute(db);
    await sql`create index allocations_reversed on allocations
      (reversed_on, date, invoice_currency, invoice_issue_date, invoice_due_date, amount) where reversed_on is not null`.execute(db);
    // The timeline's sort key for reversals: the business day, then the time (as invoices and payments do).
    await sql`drop index payments_reversal_timeline`.execute(db);
    await sql`create index payments_reversal_timeline on payments (customer_id, (reversed_on || substr(reversed_at, 11)))
      where reversed_at is not null`.execute(db);
  },
};
