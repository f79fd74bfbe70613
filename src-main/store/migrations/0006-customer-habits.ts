import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/** Days an invoice was paid after its due date (0 when on time or early), times its total. */
export const lateWeighted = (row: 'new' | 'old') =>
  `max(0, cast(julianday(${row}.paid_date) - julianday(${row}.due_date) as integer)) * ${row}.total`;

const habit = (row: 'new' | 'old', sign: '+' | '-') =>
  sql.raw(`insert into customer_habits (customer_id, paid_count, paid_total, late_weighted)
    values (${row}.customer_id, ${sign}1, ${sign}${row}.total, ${sign}${lateWeighted(row)})
    on conflict (customer_id) do update set paid_count = paid_count + excluded.paid_count,
      paid_total = paid_total + excluded.paid_total, late_weighted = late_weighted + excluded.late_weighted;`);

/**
 * Each customer's payment habit over every invoice they have paid in full (count, amount, days late weighted
 * by amount), kept by triggers in the statement that settles or reopens an invoice — bulk loads included —
 * so the forecast reads ten thousand rows instead of scanning a million invoices.
 * And indexes for the dashboard's figures at a million invoices. Receivables on a past day are worked back from
 * today's kept open amounts through what changed since (allocations by date, reversals, write-offs), so
 * those need to be found by date; sales and lateness over a window read covering indexes, not the table.
 */
export const m0006: Migration = {
  version: 6,
  name: 'customer-habits-and-dashboard-indexes',
  async up(db: Kysely<unknown>) {
    await sql`create table customer_habits (
      customer_id integer primary key references customers (id),
      paid_count integer not null,
      paid_total integer not null,
      late_weighted integer not null
    )`.execute(db);
    await sql`insert into customer_habits (customer_id, paid_count, paid_total, late_weighted)
      select customer_id, count(*), sum(total), sum(${sql.raw(lateWeighted('new'))})
      from invoices new where paid_date is not null group by customer_id`.execute(db);
    await sql`create trigger customer_habits_insert after insert on invoices when new.paid_date is not null
      begin ${habit('new', '+')} end`.execute(db);
    await sql`create trigger customer_habits_delete after delete on invoices when old.paid_date is not null
      begin ${habit('old', '-')} end`.execute(db);
    await sql`create trigger customer_habits_unpaid after update of paid_date, due_date, total, customer_id on invoices
      when old.paid_date is not null begin ${habit('old', '-')} end`.execute(db);
    await sql`create trigger customer_habits_paid after update of paid_date, due_date, total, customer_id on invoices
      when new.paid_date is not null begin ${habit('new', '+')} end`.execute(db);

    // An allocation carries its invoice's currency and dates (fixed once anything is allocated; triggers keep
    // them if a fully reversed invoice is edited), so "receivables on a past day" reads one index.
    for (const column of ['invoice_currency', 'invoice_issue_date', 'invoice_due_date'])
      await sql`alter table allocations add column ${sql.raw(column)} text`.execute(db);
    await sql`update allocations set (invoice_currency, invoice_issue_date, invoice_due_date) =
      (select currency, issue_date, due_date from invoices where invoices.id = allocations.invoice_id)`.execute(db);
    await sql`create trigger allocations_invoice_facts after insert on allocations when new.invoice_currency is null begin
      update allocations set (invoice_currency, invoice_issue_date, invoice_due_date) =
        (select currency, issue_date, due_date from invoices where invoices.id = new.invoice_id)
      where id = new.id; end`.execute(db);
    await sql`create trigger invoices_facts_to_allocations after update of currency, issue_date, due_date on invoices begin
      update allocations set invoice_currency = new.currency, invoice_issue_date = new.issue_date, invoice_due_date = new.due_date
      where invoice_id = new.id; end`.execute(db);
    await sql`create index allocations_by_date on allocations
      (date, reversed_at, invoice_currency, invoice_issue_date, invoice_due_date, amount, invoice_id)`.execute(db);
    await sql`create index allocations_reversed on allocations
      (reversed_at, date, invoice_currency, invoice_issue_date, invoice_due_date, amount) where reversed_at is not null`.execute(
      db,
    );
    await sql`create index payments_collected on payments (date, kind, reversed_at, currency, amount)`.execute(db);
    await sql`create index invoices_written_off on invoices (written_off_on) where written_off_on is not null`.execute(db);
    await sql`create index invoices_sales on invoices (issue_date, currency, total, due_date)`.execute(db);
    await sql`create index invoices_paid on invoices (paid_date, customer_id, currency, due_date, total) where paid_date is not null`.execute(
      db,
    );
  },
};
