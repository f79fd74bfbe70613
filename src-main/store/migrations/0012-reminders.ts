import { sql, type Kysely } from 'kysely';
import { DEFAULT_INTEREST_RATES, DEFAULT_POLICY, DEFAULT_TEMPLATES } from '../../features/reminders/reminder-defaults';
import type { Migration } from './migration';

/**
 * The reminder engine's own tables (delivery uses the shared outbox and reminder_tasks of migration 10):
 * - `reminder_policies` + `reminder_steps`: offset from the due date, channel, template, approval, dunning level;
 * - `reminder_segment_policies`: which policy a risk segment follows; `customer_reminder_settings`: a customer's
 *   own policy, opt-out, agreed late-payment rate and language;
 * - `reminder_templates`: per template code and language;
 * - `interest_rates`: dated annual rates for temerrüt faizi (3095 art. 2/2, changed twice a year);
 * - `reminder_runs`: every scheduler run; `reminder_occurrences`: what a run produced for a customer and step,
 *   with the items it covered and its idempotency key;
 * - `reminder_invoice_state`: the furthest step each invoice has been reminded at, so a step is never repeated
 *   for the same invoice and a catch-up after days off sends only the latest step;
 * - `reminder_letters`: the rendered dunning letter of a letter task.
 * A default policy, templates (tr, en) and the rates known at release are seeded.
 */
export const m0012: Migration = {
  version: 12,
  name: 'reminders',
  async up(db: Kysely<unknown>) {
    await sql`create table reminder_policies (
      id integer primary key,
      name text not null,
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
    await sql`create table reminder_steps (
      id integer primary key,
      policy_id integer not null references reminder_policies (id) on delete cascade,
      offset_days integer not null,
      channel text not null check (channel in ('email', 'whatsapp', 'sms', 'call', 'letter')),
      template_code text not null,
      needs_approval integer not null default 0 check (needs_approval in (0, 1)),
      level integer not null default 0 check (level between 0 and 4),
      attach_statement integer not null default 0 check (attach_statement in (0, 1)),
      unique (policy_id, offset_days, channel)
    ) strict`.execute(db);
    await sql`create table reminder_segment_policies (
      segment text primary key check (segment in ('A', 'B', 'C', 'D')),
      policy_id integer not null references reminder_policies (id)
    ) strict, without rowid`.execute(db);
    await sql`create table customer_reminder_settings (
      customer_id integer primary key references customers (id),
      policy_id integer references reminder_policies (id),
      opted_out integer not null default 0 check (opted_out in (0, 1)),
      interest_rate_bp integer check (interest_rate_bp is null or interest_rate_bp between 0 and 100000),
      language text check (language is null or language in ('tr', 'en'))
    ) strict`.execute(db);
    await sql`create table reminder_templates (
      code text not null,
      language text not null check (language in ('tr', 'en')),
      channel text not null check (channel in ('email', 'whatsapp', 'sms', 'call', 'letter')),
      subject text not null default '',
      body text not null,
      updated_at text not null,
      primary key (code, language)
    ) strict, without rowid`.execute(db);
    await sql`create table interest_rates (
      valid_from text primary key,
      annual_rate_bp integer not null check (annual_rate_bp between 0 and 100000),
      note text not null default ''
    ) strict, without rowid`.execute(db);
    await sql`create table reminder_runs (
      id integer primary key,
      run_date text not null,
      trigger text not null check (trigger in ('startup', 'interval', 'manual')),
      status text not null check (status in ('done', 'skipped_hours', 'skipped_holiday', 'failed')),
      started_at text not null,
      finished_at text,
      customers integer not null default 0,
      emails integer not null default 0,
      approvals integer not null default 0,
      tasks integer not null default 0,
      error text
    ) strict`.execute(db);
    await sql`create table reminder_occurrences (
      id integer primary key,
      run_id integer not null references reminder_runs (id),
      customer_id integer not null references customers (id),
      step_id integer references reminder_steps (id) on delete set null,
      offset_days integer not null,
      channel text not null,
      level integer not null,
      run_date text not null,
      items text not null,
      idempotency_key text not null unique,
      outbox_message_id integer references outbox_messages (id),
      reminder_task_id integer references reminder_tasks (id),
      skipped_reason text,
      created_at text not null
    ) strict`.execute(db);
    await sql`create index reminder_occurrences_by_customer on reminder_occurrences (customer_id, id)`.execute(db);
    await sql`create index reminder_occurrences_by_run on reminder_occurrences (run_id)`.execute(db);
    // The engine asks who heard from us in the last few days (and at which level).
    await sql`create index reminder_occurrences_by_day on reminder_occurrences (run_date, customer_id, level)`.execute(db);
    await sql`create table reminder_invoice_state (
      invoice_id integer primary key references invoices (id),
      customer_id integer not null references customers (id),
      last_offset integer not null,
      last_level integer not null,
      occurrence_id integer not null references reminder_occurrences (id)
    ) strict`.execute(db);
    await sql`create index reminder_invoice_state_by_customer on reminder_invoice_state (customer_id, last_level)`.execute(db);
    await sql`create table reminder_letters (
      task_id integer primary key references reminder_tasks (id),
      file_name text not null,
      content blob not null
    ) strict`.execute(db);

    await seed(db, new Date().toISOString());
  },
};

async function seed(db: Kysely<unknown>, now: string): Promise<void> {
  const policyId = Number(
    (
      await sql<{ id: number }>`insert into reminder_policies (name, created_at, updated_at)
        values (${DEFAULT_POLICY.name}, ${now}, ${now}) returning id`.execute(db)
    ).rows[0]!.id,
  );
  for (const s of DEFAULT_POLICY.steps) {
    await sql`insert into reminder_steps (policy_id, offset_days, channel, template_code, needs_approval, level, attach_statement)
      values (${policyId}, ${s.offsetDays}, ${s.channel}, ${s.templateCode}, ${Number(s.needsApproval)}, ${s.level},
        ${Number(s.attachStatement)})`.execute(db);
  }
  for (const segment of ['A', 'B', 'C', 'D']) {
    await sql`insert into reminder_segment_policies (segment, policy_id) values (${segment}, ${policyId})`.execute(db);
  }
  for (const t of DEFAULT_TEMPLATES) {
    await sql`insert into reminder_templates (code, language, channel, subject, body, updated_at)
      values (${t.code}, ${t.language}, ${t.channel}, ${t.subject}, ${t.body}, ${now})`.execute(db);
  }
  for (const r of DEFAULT_INTEREST_RATES) {
    await sql`insert into interest_rates (valid_from, annual_rate_bp, note)
      values (${r.validFrom}, ${r.annualRateBp}, ${r.note})`.execute(db);
  }
}
