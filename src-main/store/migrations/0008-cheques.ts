import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * The cheque and promissory-note portfolio. A cheque row keeps its current state (what the list filters on);
 * every change of state is a dated row of `cheque_events`, the receipt included, which the timeline reads.
 * The list pages by (due_date, id), alone or after an equality on status or customer; the timeline index
 * holds the sort key of features/collections/timeline.ts exactly.
 */
export const m0008: Migration = {
  version: 8,
  name: 'cheques',
  async up(db: Kysely<unknown>) {
    await sql`create table cheques (
      id integer primary key,
      kind text not null check (kind in ('cheque', 'note')),
      customer_id integer not null references customers (id),
      payment_id integer not null unique references payments (id),
      serial_number text not null,
      bank text not null,
      branch text not null,
      drawer text not null,
      endorsers text not null,
      issue_place text not null,
      issue_date text not null,
      due_date text not null,
      amount integer not null check (amount > 0),
      currency text not null,
      status text not null,
      status_date text not null,
      counterparty text not null,
      received_on text not null,
      note text not null,
      created_at text not null
    ) strict`.execute(db);
    await sql`create index cheques_by_due on cheques (due_date, id)`.execute(db);
    await sql`create index cheques_by_status_due on cheques (status, due_date, id)`.execute(db);
    await sql`create index cheques_by_customer_due on cheques (customer_id, due_date, id)`.execute(db);
    await sql`create table cheque_events (
      id integer primary key,
      cheque_id integer not null references cheques (id),
      customer_id integer not null references customers (id),
      from_status text,
      to_status text not null,
      date text not null,
      note text not null,
      counterparty text not null,
      created_at text not null
    ) strict`.execute(db);
    await sql`create index cheque_events_by_cheque on cheque_events (cheque_id, id)`.execute(db);
    await sql`create index cheque_events_timeline on cheque_events (customer_id, (date || substr(created_at, 11)))`.execute(db);
  },
};
