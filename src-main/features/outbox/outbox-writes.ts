import crypto from 'node:crypto';
import type { Language } from '../../../src-shared/i18n/language';
import type { Db } from '../../store/schema';

/** RFC 5322 Message-ID, fixed when the message is queued: every (re)send carries the same one. */
export function newMessageId(fromAddress: string): string {
  const domain = /@([^@\s>]+)$/.exec(fromAddress)?.[1] ?? 'vade.local';
  return `<${crypto.randomUUID()}@${domain}>`;
}

export interface NewOutboxMessage {
  source: 'manual' | 'test';
  customerId: number | null;
  to: string[];
  subject: string;
  body: string;
  language: Language;
  /** The sender's address, for the Message-ID's domain. */
  fromAddress: string;
  now: Date;
}

/** Queues a message written here (not by the reminder engine) under a fresh idempotency key. */
export async function insertOutboxMessage(db: Db, m: NewOutboxMessage): Promise<number> {
  const { id } = await db
    .insertInto('outbox_messages')
    .values({
      idempotency_key: `${m.source}:${crypto.randomUUID()}`,
      source: m.source,
      customer_id: m.customerId,
      to_addresses: JSON.stringify(m.to),
      subject: m.subject,
      body_text: m.body,
      body_html: null,
      language: m.language,
      status: 'queued',
      next_attempt_at: m.now.toISOString(),
      last_error: null,
      server_response: null,
      message_id: newMessageId(m.fromAddress),
      created_at: m.now.toISOString(),
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
