import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * A customer's lateness band: their amount-weighted mean days late rounded to whole days
 * (⌊(2·weighted + total) / (2·total)⌋, integer arithmetic, the same as `lateBand` in the forecast model),
 * or -1 while they have paid fewer than three invoices (the forecast then uses their segment's lateness).
 */
const bandOf = (row: string) =>
  `(case when ${row}.paid_count >= 3 then (2 * ${row}.late_weighted + ${row}.paid_total) / (2 * ${row}.paid_total) else -1 end)`;
export const bandOfCustomer = (customerId: string) =>
  `coalesce((select ${bandOf('h')} from customer_habits h where h.customer_id = ${customerId}), -1)`;

/** Adds (sign '+') or takes away ('-') one invoice's open amount in its customer's row for its due date. */
const openItem = (row: 'new' | 'old', sign: '+' | '-') =>
  `insert into open_by_customer_due (customer_id, currency, due_date, count, open)
    values (${row}.customer_id, ${row}.currency, ${row}.due_date, ${sign}1, ${sign}${row}.open_amount)
    on conflict (customer_id, currency, due_date) do update set count = count + excluded.count, open = open + excluded.open;
  delete from open_by_customer_due
    where customer_id = ${row}.customer_id and currency = ${row}.currency and due_date = ${row}.due_date and count = 0;`;

const ownRow = (band: string, customerId: string) => `case when ${band} >= 0 then 0 else ${customerId} end`;

/**
 * Adds (or takes away) a change of one customer row in the grouping by lateness band: customers with a band of
 * their own share rows (customer 0), the others keep their own rows (the forecast looks up their segment).
 */
const intoBand = (row: 'new' | 'old', sign: '+' | '-') => {
  const band = bandOfCustomer(`${row}.customer_id`);
  return `insert into open_by_lateness_due (band, customer_id, currency, due_date, count, open)
    values (${band}, ${ownRow(band, `${row}.customer_id`)}, ${row}.currency, ${row}.due_date, ${sign}${row}.count, ${sign}${row}.open)
    on conflict (band, customer_id, currency, due_date) do update set count = count + excluded.count, open = open + excluded.open;
  delete from open_by_lateness_due where band = ${band} and customer_id = ${ownRow(band, `${row}.customer_id`)}
    and currency = ${row}.currency and due_date = ${row}.due_date and count = 0;`;
};

/** Moves all of a customer's open amounts from one band to another (their habit changed the band). */
const moveCustomer = (customerId: string, from: string, to: string) =>
  [
    [from, '-'],
    [to, '+'],
  ]
    .map(
      ([band, sign]) => `insert into open_by_lateness_due (band, customer_id, currency, due_date, count, open)
    select ${band}, ${ownRow(band!, customerId)}, currency, due_date, ${sign}count, ${sign}open
    from open_by_customer_due where customer_id = ${customerId}
    on conflict (band, customer_id, currency, due_date) do update set count = count + excluded.count, open = open + excluded.open;
  delete from open_by_lateness_due where band = ${band} and customer_id = ${ownRow(band!, customerId)} and count = 0;`,
    )
    .join('\n');

/** Adds (or takes away) a live payment (not a credit note) on its day. */
const collected = (row: 'new' | 'old', sign: '+' | '-') =>
  `insert into daily_collections (day, currency, collected) values (${row}.date, ${row}.currency, ${sign}${row}.amount)
    on conflict (day, currency) do update set collected = collected + excluded.collected;`;
const livePayment = (row: 'new' | 'old') => `${row}.kind = 'payment' and ${row}.reversed_at is null`;

/** Live payments of a promise's customer in its currency from the day it was made to the promised day. */
const paidTowards = (promise: string) => `coalesce((select sum(p.amount) from payments p
  where p.customer_id = ${promise}.customer_id and p.currency = ${promise}.currency and p.kind = 'payment'
    and p.reversed_at is null and p.date >= ${promise}.made_on and p.date <= ${promise}.promised_date), 0)`;

/** Adds (or takes away) a live payment to the promises of its customer whose window holds its day. */
const towardPromises = (row: 'new' | 'old', sign: '+' | '-') =>
  `update promise_paid set paid = paid ${sign} ${row}.amount where promise_id in (
    select id from promises where customer_id = ${row}.customer_id and promised_date >= ${row}.date
      and made_on <= ${row}.date and currency = ${row}.currency);`;

/**
 * The forecast's open amounts, kept grouped by trigger so it reads tens of thousands of rows instead of every
 * open invoice (191,640 in the demo company at a million invoices):
 * - `open_by_customer_due`: open amount and count per customer, currency and due date, kept by triggers on
 *   `invoices`; promises and payment plans read a few customers' rows from it;
 * - `open_by_lateness_due`: the same rows summed per customer lateness band (whole days, from the kept
 *   `customer_habits`), which is all the forecast's model needs to know of a customer. Triggers on
 *   `open_by_customer_due` carry every change on with the customer's band of the moment, and a trigger on
 *   `customer_habits` moves a customer's rows when their band changes; as both read only kept rows, the
 *   result does not depend on the order in which SQLite fires the invoice's triggers.
 * `promise_paid`: what was paid towards each promise to pay (the promises' own rule: live payments of the
 * customer in its currency from the day it was made to the promised day), kept by triggers on `promises` and
 * `payments`, so how often promises are kept is a sum over the promises instead of a payment scan per promise.
 * And `daily_collections`: live payments per day and currency, kept by triggers on `payments`, so the
 * dashboard's 12-month trend and this month's collections sum a few hundred rows instead of a year of payments.
 */
export const m0017: Migration = {
  version: 17,
  name: 'forecast-open-amounts',
  async up(db: Kysely<unknown>) {
    await sql`create table open_by_customer_due (
      customer_id integer not null,
      currency text not null,
      due_date text not null,
      count integer not null,
      open integer not null,
      primary key (customer_id, currency, due_date)
    ) without rowid`.execute(db);
    await sql`create table open_by_lateness_due (
      band integer not null,
      customer_id integer not null,
      currency text not null,
      due_date text not null,
      count integer not null,
      open integer not null,
      primary key (band, customer_id, currency, due_date)
    ) without rowid`.execute(db);

    await sql`insert into open_by_customer_due (customer_id, currency, due_date, count, open)
      select customer_id, currency, due_date, count(*), sum(open_amount) from invoices where open_amount > 0
      group by 1, 2, 3`.execute(db);
    await sql`insert into open_by_lateness_due (band, customer_id, currency, due_date, count, open)
      select b.band, case when b.band >= 0 then 0 else o.customer_id end, o.currency, o.due_date, sum(o.count), sum(o.open)
      from open_by_customer_due o join (
        select c.id as customer_id, ${sql.raw(bandOfCustomer('c.id'))} as band from customers c
      ) b on b.customer_id = o.customer_id
      group by 1, 2, 3, 4`.execute(db);

    const triggers = [
      `create trigger open_by_customer_due_insert after insert on invoices when new.open_amount > 0
        begin ${openItem('new', '+')} end`,
      `create trigger open_by_customer_due_delete after delete on invoices when old.open_amount > 0
        begin ${openItem('old', '-')} end`,
      `create trigger open_by_customer_due_update_old after update of customer_id, currency, due_date, open_amount on invoices
        when old.open_amount > 0 begin ${openItem('old', '-')} end`,
      `create trigger open_by_customer_due_update_new after update of customer_id, currency, due_date, open_amount on invoices
        when new.open_amount > 0 begin ${openItem('new', '+')} end`,
      // What changed in a customer's row, into their band's row.
      `create trigger open_by_lateness_insert after insert on open_by_customer_due begin
        ${intoBand('new', '+')} end`,
      `create trigger open_by_lateness_update after update on open_by_customer_due begin
        ${intoBand('old', '-')} ${intoBand('new', '+')} end`,
      `create trigger open_by_lateness_delete after delete on open_by_customer_due begin
        ${intoBand('old', '-')} end`,
      // A habit that changes the band moves the customer's rows (a first habit row starts without a band).
      `create trigger open_by_lateness_habit_insert after insert on customer_habits when ${bandOf('new')} >= 0 begin
        ${moveCustomer('new.customer_id', '-1', bandOf('new'))} end`,
      `create trigger open_by_lateness_habit_update after update on customer_habits when ${bandOf('old')} <> ${bandOf('new')} begin
        ${moveCustomer('new.customer_id', bandOf('old'), bandOf('new'))} end`,
      `create trigger open_by_lateness_habit_delete after delete on customer_habits when ${bandOf('old')} >= 0 begin
        ${moveCustomer('old.customer_id', bandOf('old'), '-1')} end`,
    ];
    for (const trigger of triggers) await sql.raw(trigger).execute(db);

    await sql`create table daily_collections (
      day text not null,
      currency text not null,
      collected integer not null,
      primary key (day, currency)
    ) without rowid`.execute(db);
    await sql`insert into daily_collections (day, currency, collected)
      select date, currency, sum(amount) from payments where kind = 'payment' and reversed_at is null group by 1, 2`.execute(db);
    for (const trigger of [
      `create trigger daily_collections_insert after insert on payments when ${livePayment('new')}
        begin ${collected('new', '+')} end`,
      `create trigger daily_collections_delete after delete on payments when ${livePayment('old')}
        begin ${collected('old', '-')} end`,
      `create trigger daily_collections_update_old after update of kind, reversed_at, date, currency, amount on payments
        when ${livePayment('old')} begin ${collected('old', '-')} end`,
      `create trigger daily_collections_update_new after update of kind, reversed_at, date, currency, amount on payments
        when ${livePayment('new')} begin ${collected('new', '+')} end`,
    ])
      await sql.raw(trigger).execute(db);

    await sql`create table promise_paid (promise_id integer primary key references promises (id), paid integer not null)`.execute(
      db,
    );
    await sql.raw(`insert into promise_paid (promise_id, paid) select pr.id, ${paidTowards('pr')} from promises pr`).execute(db);
    for (const trigger of [
      `create trigger promise_paid_insert after insert on promises begin
        insert into promise_paid (promise_id, paid) values (new.id, ${paidTowards('new')}); end`,
      `create trigger promise_paid_update after update of customer_id, currency, made_on, promised_date on promises begin
        update promise_paid set paid = ${paidTowards('new')} where promise_id = new.id; end`,
      `create trigger promise_paid_delete after delete on promises begin delete from promise_paid where promise_id = old.id; end`,
      `create trigger promise_paid_payment_insert after insert on payments when ${livePayment('new')}
        begin ${towardPromises('new', '+')} end`,
      `create trigger promise_paid_payment_delete after delete on payments when ${livePayment('old')}
        begin ${towardPromises('old', '-')} end`,
      `create trigger promise_paid_payment_update_old after update of kind, reversed_at, date, currency, amount, customer_id
        on payments when ${livePayment('old')} begin ${towardPromises('old', '-')} end`,
      `create trigger promise_paid_payment_update_new after update of kind, reversed_at, date, currency, amount, customer_id
        on payments when ${livePayment('new')} begin ${towardPromises('new', '+')} end`,
    ])
      await sql.raw(trigger).execute(db);
  },
};
