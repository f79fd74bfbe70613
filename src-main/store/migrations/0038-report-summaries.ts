import { sql, type Kysely } from 'kysely';
import { lateWeighted } from './0006-customer-habits';
import type { Migration } from './migration';

const livePayment = (row: 'new' | 'old') => `${row}.kind = 'payment' and ${row}.reversed_at is null`;
/** A payment without a method is grouped under '' (a key column cannot be null); the report shows it as "other". */
const methodOf = (row: 'new' | 'old') => `coalesce(${row}.method, '')`;

/** Adds (sign '+') or takes away ('-') one live payment in its day, currency and method. */
const collected = (row: 'new' | 'old', sign: '+' | '-') =>
  `insert into collections_by_method (day, currency, method, count, amount)
    values (${row}.date, ${row}.currency, ${methodOf(row)}, ${sign}1, ${sign}${row}.amount)
    on conflict (day, currency, method) do update set count = count + excluded.count, amount = amount + excluded.amount;
  delete from collections_by_method
    where day = ${row}.date and currency = ${row}.currency and method = ${methodOf(row)} and count = 0;`;

/** 1 when an invoice was paid after its due date (an integer in both stores, unlike a comparison). */
const paidLate = (row: 'new' | 'old') => `(case when ${row}.paid_date > ${row}.due_date then 1 else 0 end)`;

/** Migration 6's habit upsert with the late count beside it. */
const habit = (row: 'new' | 'old', sign: '+' | '-') =>
  `insert into customer_habits (customer_id, paid_count, paid_total, late_weighted, late_count)
    values (${row}.customer_id, ${sign}1, ${sign}${row}.total, ${sign}${lateWeighted(row)}, ${sign}${paidLate(row)})
    on conflict (customer_id) do update set paid_count = paid_count + excluded.paid_count,
      paid_total = paid_total + excluded.paid_total, late_weighted = late_weighted + excluded.late_weighted,
      late_count = late_count + excluded.late_count;`;

/** Adds (or takes away) one cheque or note in its status's count. */
const counted = (row: 'new' | 'old', sign: '+' | '-') =>
  `insert into cheques_by_status (status, count) values (${row}.status, ${sign}1)
    on conflict (status) do update set count = count + excluded.count;`;

/**
 * Kept figures for the reports that summed hundreds of thousands of rows per call, which a PostgreSQL server
 * does at 2–2.6× SQLite's time (issue 15):
 * - `collections_by_method`: live payments per day, currency and method (count and amount), kept by triggers on
 *   `payments` like `daily_collections`: the collections report reads ~5,500 rows a year instead of ~440,000
 *   payments at a million invoices.
 * - `customer_habits.late_count`: the invoices a customer paid after their due date, kept by the habit triggers
 *   (replaced here with the same sums plus this one), instead of counting a million invoices for the payment
 *   behaviour report.
 * - `cheques_by_status`: cheques and notes per status, for the forecast's honour rate (the collected ones were a
 *   count of most of the cheques table: a parallel scan on a server).
 */
export const m0038: Migration = {
  version: 38,
  name: 'report-summaries',
  async up(db: Kysely<unknown>) {
    await sql`create table collections_by_method (
      day text not null,
      currency text not null,
      method text not null,
      count integer not null,
      amount integer not null,
      primary key (day, currency, method)
    ) without rowid`.execute(db);
    await sql`insert into collections_by_method (day, currency, method, count, amount)
      select date, currency, coalesce(method, ''), count(*), sum(amount) from payments
      where kind = 'payment' and reversed_at is null group by 1, 2, 3`.execute(db);
    for (const trigger of [
      `create trigger collections_by_method_insert after insert on payments when ${livePayment('new')}
        begin ${collected('new', '+')} end`,
      `create trigger collections_by_method_delete after delete on payments when ${livePayment('old')}
        begin ${collected('old', '-')} end`,
      `create trigger collections_by_method_update_old after update of kind, reversed_at, date, currency, method, amount
        on payments when ${livePayment('old')} begin ${collected('old', '-')} end`,
      `create trigger collections_by_method_update_new after update of kind, reversed_at, date, currency, method, amount
        on payments when ${livePayment('new')} begin ${collected('new', '+')} end`,
    ])
      await sql.raw(trigger).execute(db);

    await sql`alter table customer_habits add column late_count integer not null default 0`.execute(db);
    await sql`update customer_habits set late_count = l.n from (
        select customer_id, count(*) as n from invoices where paid_date is not null and paid_date > due_date group by customer_id
      ) as l where l.customer_id = customer_habits.customer_id`.execute(db);
    for (const name of ['customer_habits_insert', 'customer_habits_delete', 'customer_habits_unpaid', 'customer_habits_paid'])
      await sql`drop trigger ${sql.raw(name)}`.execute(db);
    for (const trigger of [
      `create trigger customer_habits_insert after insert on invoices when new.paid_date is not null
        begin ${habit('new', '+')} end`,
      `create trigger customer_habits_delete after delete on invoices when old.paid_date is not null
        begin ${habit('old', '-')} end`,
      `create trigger customer_habits_unpaid after update of paid_date, due_date, total, customer_id on invoices
        when old.paid_date is not null begin ${habit('old', '-')} end`,
      `create trigger customer_habits_paid after update of paid_date, due_date, total, customer_id on invoices
        when new.paid_date is not null begin ${habit('new', '+')} end`,
    ])
      await sql.raw(trigger).execute(db);

    await sql`create table cheques_by_status (status text primary key, count integer not null)`.execute(db);
    await sql`insert into cheques_by_status (status, count) select status, count(*) from cheques group by status`.execute(db);
    for (const trigger of [
      `create trigger cheques_by_status_insert after insert on cheques begin ${counted('new', '+')} end`,
      `create trigger cheques_by_status_delete after delete on cheques begin ${counted('old', '-')} end`,
      `create trigger cheques_by_status_update after update of status on cheques when old.status <> new.status
        begin ${counted('old', '-')} ${counted('new', '+')} end`,
    ])
      await sql.raw(trigger).execute(db);
  },
};
