import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Tables that several features share, created together so each can be built on a fixed shape:
 * - `holidays`: days that are not business days (public holidays, half days, the company's own closures),
 *   read by payment plans (move to next business day), the cheque protest deadline and the reminder scheduler;
 * - `payment_plans` + `plan_invoices` + `plan_instalments`: taksit / yapılandırma. An instalment keeps what has
 *   been paid toward it, so the calendar and the card read a plan without replaying its payments;
 * - `outbox_messages` + `outbox_attachments`: email waiting to go out. The producer (reminders, a manual
 *   send) writes a message with an idempotency key and its attachments already rendered; the sender only sends;
 * - `reminder_tasks`: what a person must do for a reminder step (call, send a prepared WhatsApp/SMS, print a
 *   letter), written by the reminder engine and worked through on the "Today" list.
 */
export const m0010: Migration = {
  version: 10,
  name: 'plans-holidays-outbox',
  async up(db: Kysely<unknown>) {
    await sql`create table holidays (
      date text primary key,
      name text not null,
      kind text not null check (kind in ('public', 'half_day', 'company'))
    ) strict, without rowid`.execute(db);

    await sql`create table payment_plans (
      id integer primary key,
      customer_id integer not null references customers (id),
      currency text not null,
      kind text not null check (kind in ('instalment', 'restructure')),
      status text not null check (status in ('active', 'completed', 'broken', 'replanned', 'cancelled')),
      principal integer not null check (principal > 0),
      down_payment integer not null default 0 check (down_payment >= 0),
      interest_rate_bp integer not null default 0 check (interest_rate_bp >= 0),
      interest_amount integer not null default 0 check (interest_amount >= 0),
      total integer not null check (total > 0),
      frequency text not null,
      start_date text not null,
      note text not null default '',
      replaces_plan_id integer references payment_plans (id),
      status_date text not null,
      created_at text not null
    ) strict`.execute(db);
    await sql`create index payment_plans_by_customer on payment_plans (customer_id, status, id)`.execute(db);
    await sql`create index payment_plans_by_status on payment_plans (status, id)`.execute(db);

    await sql`create table plan_invoices (
      plan_id integer not null references payment_plans (id),
      invoice_id integer not null references invoices (id),
      amount integer not null check (amount > 0),
      primary key (plan_id, invoice_id)
    ) strict, without rowid`.execute(db);
    await sql`create index plan_invoices_by_invoice on plan_invoices (invoice_id, plan_id)`.execute(db);

    await sql`create table plan_instalments (
      id integer primary key,
      plan_id integer not null references payment_plans (id),
      seq integer not null,
      kind text not null check (kind in ('down_payment', 'instalment')),
      due_date text not null,
      amount integer not null check (amount > 0),
      paid_amount integer not null default 0 check (paid_amount >= 0 and paid_amount <= amount),
      customer_id integer not null references customers (id),
      currency text not null,
      unique (plan_id, seq)
    ) strict`.execute(db);
    // The calendar and the forecast read unpaid instalments by date.
    await sql`create index plan_instalments_by_due on plan_instalments (due_date, id) where paid_amount < amount`.execute(db);
    await sql`create index plan_instalments_by_customer on plan_instalments (customer_id, due_date)`.execute(db);

    await sql`create table outbox_messages (
      id integer primary key,
      idempotency_key text not null unique,
      source text not null check (source in ('reminder', 'manual', 'test')),
      customer_id integer references customers (id),
      to_addresses text not null,
      cc_addresses text not null default '[]',
      subject text not null,
      body_text text not null,
      body_html text,
      language text not null,
      status text not null check (status in ('awaiting_approval', 'queued', 'sending', 'sent', 'failed', 'cancelled')),
      attempts integer not null default 0,
      next_attempt_at text not null,
      last_error text,
      server_response text,
      message_id text not null,
      created_at text not null,
      sent_at text
    ) strict`.execute(db);
    await sql`create index outbox_due on outbox_messages (status, next_attempt_at, id)`.execute(db);
    await sql`create index outbox_by_customer on outbox_messages (customer_id, id)`.execute(db);
    await sql`create index outbox_recent on outbox_messages (id desc)`.execute(db);

    await sql`create table outbox_attachments (
      id integer primary key,
      message_id integer not null references outbox_messages (id) on delete cascade,
      file_name text not null,
      content_type text not null,
      content blob not null
    ) strict`.execute(db);
    await sql`create table reminder_tasks (
      id integer primary key,
      idempotency_key text not null unique,
      customer_id integer not null references customers (id),
      channel text not null check (channel in ('call', 'whatsapp', 'sms', 'letter', 'visit')),
      level integer not null default 0,
      title text not null,
      message_text text not null default '',
      due_on text not null,
      status text not null check (status in ('open', 'done', 'skipped')),
      outcome text,
      outbox_message_id integer references outbox_messages (id),
      created_at text not null,
      done_at text
    ) strict`.execute(db);
    await sql`create index reminder_tasks_open on reminder_tasks (status, due_on, id)`.execute(db);
    await sql`create index reminder_tasks_by_customer on reminder_tasks (customer_id, id)`.execute(db);

    await sql`create index outbox_attachments_by_message on outbox_attachments (message_id)`.execute(db);
  },
};
