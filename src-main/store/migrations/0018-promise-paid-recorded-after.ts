import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

const livePayment = (row: 'new' | 'old') => `${row}.kind = 'payment' and ${row}.reversed_at is null`;

/**
 * Live payments towards a promise: of its customer in its currency, dated from the day it was made to the promised
 * day, and recorded after the promise was (the rule of `features/receivables/receivable-rules.ts`).
 */
const paidTowards = (promise: string) => `coalesce((select sum(p.amount) from payments p
  where p.customer_id = ${promise}.customer_id and p.currency = ${promise}.currency and p.kind = 'payment'
    and p.reversed_at is null and p.date >= ${promise}.made_on and p.date <= ${promise}.promised_date
    and p.created_at >= ${promise}.created_at), 0)`;

/** Adds (or takes away) a live payment to the promises of its customer made before it was recorded. */
const towardPromises = (row: 'new' | 'old', sign: '+' | '-') =>
  `update promise_paid set paid = paid ${sign} ${row}.amount where promise_id in (
    select id from promises where customer_id = ${row}.customer_id and promised_date >= ${row}.date
      and made_on <= ${row}.date and currency = ${row}.currency and created_at <= ${row}.created_at);`;

/**
 * A promise counted a payment recorded earlier the same day (its window compared dates only), so the calendar
 * expected too little. `promise_paid` is recounted and its triggers count only payments recorded after the promise.
 */
export const m0018: Migration = {
  version: 18,
  name: 'promise-paid-recorded-after',
  async up(db: Kysely<unknown>) {
    for (const name of [
      'promise_paid_insert',
      'promise_paid_update',
      'promise_paid_payment_insert',
      'promise_paid_payment_delete',
      'promise_paid_payment_update_old',
      'promise_paid_payment_update_new',
    ])
      await sql.raw(`drop trigger ${name}`).execute(db);
    await sql
      .raw(`update promise_paid set paid = (select ${paidTowards('pr')} from promises pr where pr.id = promise_id)`)
      .execute(db);
    for (const trigger of [
      `create trigger promise_paid_insert after insert on promises begin
        insert into promise_paid (promise_id, paid) values (new.id, ${paidTowards('new')}); end`,
      `create trigger promise_paid_update after update of customer_id, currency, made_on, promised_date, created_at on promises begin
        update promise_paid set paid = ${paidTowards('new')} where promise_id = new.id; end`,
      `create trigger promise_paid_payment_insert after insert on payments when ${livePayment('new')}
        begin ${towardPromises('new', '+')} end`,
      `create trigger promise_paid_payment_delete after delete on payments when ${livePayment('old')}
        begin ${towardPromises('old', '-')} end`,
      `create trigger promise_paid_payment_update_old after update of kind, reversed_at, date, currency, amount, customer_id,
        created_at on payments when ${livePayment('old')} begin ${towardPromises('old', '-')} end`,
      `create trigger promise_paid_payment_update_new after update of kind, reversed_at, date, currency, amount, customer_id,
        created_at on payments when ${livePayment('new')} begin ${towardPromises('new', '+')} end`,
    ])
      await sql.raw(trigger).execute(db);
  },
};
