import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * What state an invoice row is in, for the kept summary. The same rules as invoiceStatus() except that
 * open and overdue are told apart later by due date (they depend on the day asked about): 'full' is open
 * with nothing paid, 'partial' open with something paid.
 */
export const stateOf = (row: string) =>
  `case when ${row}.open_amount = 0 then (case when ${row}.written_off_amount > 0 then 'written_off' else 'paid' end)
    when ${row}.open_disputes > 0 then 'disputed'
    when ${row}.open_amount < ${row}.total then 'partial'
    else 'full' end`;

const add = (row: 'new' | 'old', sign: '+' | '-') =>
  sql.raw(`insert into invoice_summary (currency, state, due_date, count, total, open)
    values (${row}.currency, ${stateOf(row)}, ${row}.due_date, ${sign}1, ${sign}${row}.total, ${sign}${row}.open_amount)
    on conflict (currency, state, due_date) do update set
      count = count + excluded.count, total = total + excluded.total, open = open + excluded.open;`);

/**
 * Kept figures for screens that read a million invoices. A summary of the invoices per currency, state and due date, so the invoice list's totals (unfiltered,
 * or by currency, status, due dates) read a few thousand summary rows instead of a million invoices.
 * Triggers keep it in the very statement that writes an invoice (also for bulk loads such as the demo
 * company), so it can never drift from the rows. Also: each customer's stored risk segment, and the audit log by time (its date filter).
 */
export const m0004: Migration = {
  version: 4,
  name: 'invoice-summary',
  async up(db: Kysely<unknown>) {
    await sql`create table invoice_summary (
      currency text not null,
      state text not null,
      due_date text not null,
      count integer not null,
      total integer not null,
      open integer not null,
      primary key (currency, state, due_date)
    ) without rowid`.execute(db);
    await sql`insert into invoice_summary (currency, state, due_date, count, total, open)
      select currency, ${sql.raw(stateOf('new'))}, due_date, count(*), sum(total), sum(open_amount)
      from invoices new group by 1, 2, 3`.execute(db);
    await sql`create trigger invoice_summary_insert after insert on invoices begin ${add('new', '+')} end`.execute(db);
    await sql`create trigger invoice_summary_delete after delete on invoices begin ${add('old', '-')} end`.execute(db);
    await sql`create trigger invoice_summary_update
      after update of currency, due_date, total, open_amount, written_off_amount, open_disputes on invoices
      begin ${add('old', '-')} ${add('new', '+')} end`.execute(db);

    // Each customer's risk segment, kept for the customer list (filter and column); see features/reports/risk-store.
    await sql`create table customer_risk (
      customer_id integer primary key references customers (id),
      segment text not null check (segment in ('A', 'B', 'C', 'D')),
      score integer not null,
      refreshed_on text not null
    )`.execute(db);
    await sql`create index customer_risk_by_day on customer_risk (refreshed_on)`.execute(db);

    await sql`create index audit_by_time on audit_log (at)`.execute(db);
    // One kind of record's changes, newest first (the entity's own index starts with the record id).
    await sql`create index audit_by_entity_kind on audit_log (entity, id)`.execute(db);
  },
};
