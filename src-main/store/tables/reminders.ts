import type { Generated } from 'kysely';
import type { ReminderChannel } from '../../../src-shared/domain/reminders/types';

export interface ReminderPoliciesTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface ReminderStepsTable {
  id: Generated<number>;
  policy_id: number;
  /** Days relative to the due date: −7 a week before, 0 on the day, +15 two weeks late. */
  offset_days: number;
  channel: ReminderChannel;
  template_code: string;
  needs_approval: number;
  /** Dunning level 0–4 (0 before or on the due date). */
  level: number;
  attach_statement: number;
}

export interface ReminderSegmentPoliciesTable {
  segment: 'A' | 'B' | 'C' | 'D';
  policy_id: number;
}

export interface CustomerReminderSettingsTable {
  customer_id: number;
  policy_id: number | null;
  opted_out: number;
  interest_rate_bp: number | null;
  language: string | null;
}

export interface ReminderTemplatesTable {
  code: string;
  language: string;
  channel: ReminderChannel;
  subject: string;
  body: string;
  updated_at: string;
}

export interface InterestRatesTable {
  valid_from: string;
  annual_rate_bp: number;
  note: string;
}

export interface ReminderRunsTable {
  id: Generated<number>;
  run_date: string;
  trigger: 'startup' | 'interval' | 'manual';
  status: 'done' | 'skipped_hours' | 'skipped_holiday' | 'failed';
  started_at: string;
  finished_at: string | null;
  customers: number;
  emails: number;
  approvals: number;
  tasks: number;
  error: string | null;
}

export interface ReminderOccurrencesTable {
  id: Generated<number>;
  run_id: number;
  customer_id: number;
  step_id: number | null;
  offset_days: number;
  channel: ReminderChannel;
  level: number;
  run_date: string;
  /** JSON array of the due items the message listed. */
  items: string;
  idempotency_key: string;
  outbox_message_id: number | null;
  reminder_task_id: number | null;
  /** Why nothing went out (no email address); null when a message or task was made. */
  skipped_reason: string | null;
  created_at: string;
}

export interface ReminderInvoiceStateTable {
  invoice_id: number;
  customer_id: number;
  last_offset: number;
  last_level: number;
  occurrence_id: number;
}

export interface ReminderLettersTable {
  task_id: number;
  file_name: string;
  content: Buffer;
}
