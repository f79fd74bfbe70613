import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * The collection calendar reads a month of everyone's expected collections by date. Open invoices by due date
 * alone (the older partial index starts with the currency) and pending promises by day (before, only per
 * customer), both holding what the calendar's totals need so the month's sums read no table rows.
 */
export const m0016: Migration = {
  version: 16,
  name: 'calendar-indexes',
  async up(db: Kysely<unknown>) {
    await sql`create index invoices_open_by_due_date on invoices (due_date, customer_id, currency, open_amount)
      where open_amount > 0`.execute(db);
    await sql`create index promises_pending_by_day on promises (promised_date, customer_id) where status = 'pending'`.execute(db);
  },
};
