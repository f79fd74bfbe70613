import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * What the customer card reads on every opening, indexed per customer. At a million invoices the busiest
 * customer (10,000 invoices) took ~120 ms for its timeline and ~90 ms for its risk segment.
 * - The timeline's sort keys: a page is read from the newest entry down instead of sorting all of a
 *   customer's history. The expressions must stay exactly those of features/collections/timeline.ts.
 * - The risk segment's figures (reports/risk.ts): paid invoices by paid date and open ones by currency,
 *   both covering, so no invoice row is read. The open one carries issue_date too: the aging report
 *   (reports/aging-query.ts) then prefers it and must find it covering as well, or it reads every open row.
 * - What was paid towards each promise (collections/promises.ts and the risk's broken promises): live
 *   payments of a customer and currency by date, covering.
 */
export const m0005: Migration = {
  version: 5,
  name: 'card-indexes',
  async up(db) {
    await sql`create index invoices_timeline on invoices (customer_id, (issue_date || substr(created_at, 11)))`.execute(db);
    await sql`create index invoices_write_off_timeline on invoices (customer_id, (written_off_on || substr(updated_at, 11)))
      where written_off_on is not null`.execute(db);
    await sql`create index payments_timeline on payments (customer_id, kind, (date || substr(created_at, 11)))`.execute(db);
    await sql`create index payments_reversal_timeline on payments (customer_id, reversed_at) where reversed_at is not null`.execute(
      db,
    );
    await sql`create index invoices_paid_by_customer on invoices (customer_id, paid_date, due_date, total, written_off_amount)
      where paid_date is not null`.execute(db);
    await sql`create index invoices_open_by_customer on invoices (customer_id, currency, due_date, open_amount, issue_date)
      where open_amount > 0`.execute(db);
    await sql`create index payments_live_by_customer on payments (customer_id, currency, date, amount, kind, reversed_at)
      where kind = 'payment' and reversed_at is null`.execute(db);
  },
};
