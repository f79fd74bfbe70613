import { createHash } from 'node:crypto';
import type { RenderedReminder } from '../../../src-shared/domain/reminders/types';
import type { ReminderStep } from '../../../src-shared/domain/reminders/types';
import type { Db } from '../../store/schema';
import type { RenderedFile } from './reminder-documents';
import type { ListedItem } from './reminder-values';

/**
 * One reminder occurrence = one customer, one step, the invoices that reached that step. The key names
 * them, so the same step for the same items can never be written twice (the outbox, the tasks and the
 * occurrences all hold it unique).
 */
export function occurrenceKey(
  customerId: number,
  stepId: number,
  pending: readonly { invoiceId: number; offset: number }[],
): string {
  const items = [...pending]
    .sort((a, b) => a.invoiceId - b.invoiceId)
    .map((p) => `${p.invoiceId}@${p.offset}`)
    .join(',');
  return `reminder:${customerId}:${stepId}:${createHash('sha256').update(items).digest('hex').slice(0, 24)}`;
}

/** An RFC 5322 Message-ID fixed when the message is queued (the sender reuses it on a retry). */
export const messageIdFor = (key: string): string =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}.reminder@vade.local>`;

export interface EmailOut {
  key: string;
  customerId: number;
  to: string[];
  language: string;
  message: RenderedReminder;
  needsApproval: boolean;
  attachments: RenderedFile[];
  now: string;
}

export async function writeEmail(db: Db, email: EmailOut): Promise<number | null> {
  const inserted = await db
    .insertInto('outbox_messages')
    .values({
      idempotency_key: email.key,
      source: 'reminder',
      customer_id: email.customerId,
      to_addresses: JSON.stringify(email.to),
      subject: email.message.subject,
      body_text: email.message.text,
      body_html: email.message.html,
      language: email.language,
      status: email.needsApproval ? 'awaiting_approval' : 'queued',
      next_attempt_at: email.now,
      last_error: null,
      server_response: null,
      message_id: messageIdFor(email.key),
      created_at: email.now,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  for (const file of email.attachments) {
    await db
      .insertInto('outbox_attachments')
      .values({ message_id: inserted.id, file_name: file.fileName, content_type: 'application/pdf', content: file.bytes })
      .execute();
  }
  return inserted.id;
}

export interface TaskOut {
  key: string;
  customerId: number;
  step: ReminderStep;
  title: string;
  text: string;
  today: string;
  now: string;
  letter: RenderedFile | null;
}

export async function writeTask(db: Db, task: TaskOut): Promise<number | null> {
  if (task.step.channel === 'email') throw new Error('An email step is not a task');
  const inserted = await db
    .insertInto('reminder_tasks')
    .values({
      idempotency_key: task.key,
      customer_id: task.customerId,
      channel: task.step.channel,
      level: task.step.level,
      title: task.title,
      message_text: task.text,
      due_on: task.today,
      status: 'open',
      outcome: null,
      outbox_message_id: null,
      created_at: task.now,
      done_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  if (task.letter)
    await db
      .insertInto('reminder_letters')
      .values({ task_id: inserted.id, file_name: task.letter.fileName, content: task.letter.bytes })
      .execute();
  return inserted.id;
}

export interface OccurrenceOut {
  runId: number;
  customerId: number;
  step: ReminderStep;
  today: string;
  items: readonly ListedItem[];
  key: string;
  outboxMessageId: number | null;
  taskId: number | null;
  skippedReason: string | null;
  now: string;
}

export async function writeOccurrence(db: Db, o: OccurrenceOut): Promise<number> {
  const row = await db
    .insertInto('reminder_occurrences')
    .values({
      run_id: o.runId,
      customer_id: o.customerId,
      step_id: o.step.id,
      offset_days: o.step.offsetDays,
      channel: o.step.channel,
      level: o.step.level,
      run_date: o.today,
      items: JSON.stringify(o.items),
      idempotency_key: o.key,
      outbox_message_id: o.outboxMessageId,
      reminder_task_id: o.taskId,
      skipped_reason: o.skippedReason,
      created_at: o.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Each invoice remembers the furthest step it has been reminded at (and that step's level). */
export async function markReminded(
  db: Db,
  customerId: number,
  occurrenceId: number,
  pending: readonly { invoiceId: number; offset: number; level: number }[],
): Promise<void> {
  for (const p of pending) {
    await db
      .insertInto('reminder_invoice_state')
      .values({
        invoice_id: p.invoiceId,
        customer_id: customerId,
        last_offset: p.offset,
        last_level: p.level,
        occurrence_id: occurrenceId,
      })
      .onConflict((oc) =>
        oc.column('invoice_id').doUpdateSet({ last_offset: p.offset, last_level: p.level, occurrence_id: occurrenceId }),
      )
      .execute();
  }
}
