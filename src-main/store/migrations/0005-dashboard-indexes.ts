import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Indexes for the dashboard's figures at a million invoices. Receivables on a past day are worked back from
 * today's kept open amounts through what changed since (allocations by date, reversals, write-offs), so
 * those need to be found by date; sales and lateness over a window read covering indexes, not the table.
 */
export const m0005: Migration = {
  version: 5,
  name: 'dashboard-indexes',
  async up(db: Kysely<unknown>) {
    await sql`create index allocations_by_date on allocations (date, reversed_at, invoice_id, amount)`.execute(db);
    await sql`create index allocations_reversed on allocations (reversed_at) where reversed_at is not null`.execute(db);
    await sql`create index invoices_written_off on invoices (written_off_on) where written_off_on is not null`.execute(db);
    await sql`create index invoices_sales on invoices (issue_date, currency, total, due_date)`.execute(db);
    await sql`create index invoices_paid on invoices (paid_date, customer_id, currency, due_date, total) where paid_date is not null`.execute(
      db,
    );
  },
};
