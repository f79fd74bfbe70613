import type { Generated } from 'kysely';

export type OutboxStatus = 'awaiting_approval' | 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';
export type OutboxSource = 'reminder' | 'manual' | 'test';

export interface OutboxMessagesTable {
  id: Generated<number>;
  /** One per reminder occurrence (or manual send): a second insert with the same key is a no-op. */
  idempotency_key: string;
  source: OutboxSource;
  customer_id: number | null;
  /** JSON array of addresses. */
  to_addresses: string;
  cc_addresses: Generated<string>;
  subject: string;
  body_text: string;
  body_html: string | null;
  language: string;
  status: OutboxStatus;
  attempts: Generated<number>;
  /** ISO UTC time the sender may try next. */
  next_attempt_at: string;
  last_error: string | null;
  server_response: string | null;
  /** RFC 5322 Message-ID fixed at enqueue, so a resend after a crash is recognisable as the same message. */
  message_id: string;
  created_at: string;
  sent_at: string | null;
  /** Migration 13: why it is not sent (null while fine). */
  failure_kind: Generated<'permanent' | 'transient' | 'interrupted' | 'configuration' | null>;
  /** Migration 32: the sender (PC and process) that claimed it last, and when. */
  claimed_by: Generated<string | null>;
  claimed_at: Generated<string | null>;
}

export interface OutboxAttachmentsTable {
  id: Generated<number>;
  message_id: number;
  file_name: string;
  content_type: string;
  content: Buffer;
}

export type ReminderTaskChannel = 'call' | 'whatsapp' | 'sms' | 'letter' | 'visit';

export interface ReminderTasksTable {
  id: Generated<number>;
  /** One per reminder occurrence and channel, like the outbox's key. */
  idempotency_key: string;
  customer_id: number;
  channel: ReminderTaskChannel;
  /** Dunning level of the step that made it (0 before or on the due date). */
  level: Generated<number>;
  title: string;
  /** The prepared message or call script. */
  message_text: Generated<string>;
  due_on: string;
  status: 'open' | 'done' | 'skipped';
  outcome: string | null;
  outbox_message_id: number | null;
  created_at: string;
  done_at: string | null;
}
