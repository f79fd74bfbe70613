import { sql } from 'kysely';
import type { MethodArgs } from '../../../src-shared/contract/methods';
import type { OutboxMessageDetail, OutboxMessageSummary, OutboxPage } from '../../../src-shared/domain/outbox/types';
import type { Language } from '../../../src-shared/i18n/language';
import { decodeCursor, keysetPage } from '../../core/cursor';
import { notFound } from '../../core/errors';
import type { Db } from '../../store/schema';

const summarySelect = (db: Db) =>
  db
    .selectFrom('outbox_messages as m')
    .leftJoin('customers as c', 'c.id', 'm.customer_id')
    .select([
      'm.id',
      'm.source',
      'm.customer_id',
      'c.title as customer_title',
      'm.to_addresses',
      'm.subject',
      'm.status',
      'm.attempts',
      'm.next_attempt_at',
      'm.failure_kind',
      'm.last_error',
      'm.server_response',
      'm.created_at',
      'm.sent_at',
      sql<number>`(select count(*) from outbox_attachments a where a.message_id = m.id)`.as('attachment_count'),
    ]);

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summarySelect>['executeTakeFirstOrThrow']>>;

const toSummary = (r: SummaryRow): OutboxMessageSummary => ({
  id: r.id,
  source: r.source,
  customerId: r.customer_id,
  customerTitle: r.customer_title,
  to: JSON.parse(r.to_addresses) as string[],
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  failureKind: r.failure_kind,
  lastError: r.last_error,
  serverResponse: r.server_response,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  attachmentCount: Number(r.attachment_count),
});

const SORT = 'id-desc';

/** Newest first by id (the `outbox_recent` and `outbox_by_customer` indexes). */
export async function listOutbox(db: Db, q: MethodArgs<'outbox/list'>): Promise<OutboxPage> {
  const after = q.cursor ? decodeCursor(q.cursor, SORT).id : null;
  const rows = await summarySelect(db)
    .$if(q.status !== undefined, (qb) => qb.where('m.status', '=', q.status!))
    .$if(q.customerId !== undefined, (qb) => qb.where('m.customer_id', '=', q.customerId!))
    .$if(after !== null, (qb) => qb.where('m.id', '<', after!))
    .orderBy('m.id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const { rows: page, nextCursor } = keysetPage(
    rows.map((r) => ({ ...r, sort_key: r.id })),
    q.limit,
    SORT,
  );
  return { items: page.map(toSummary), nextCursor };
}

export async function getOutboxMessage(db: Db, id: number): Promise<OutboxMessageDetail> {
  const row = await summarySelect(db)
    .select(['m.cc_addresses', 'm.body_text', 'm.language', 'm.message_id'])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`Outbox message ${id} does not exist`);
  const attachments = await db
    .selectFrom('outbox_attachments')
    .select(['id', 'file_name', 'content_type', sql<number>`length(content)`.as('size')])
    .where('message_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...toSummary(row),
    cc: JSON.parse(row.cc_addresses) as string[],
    bodyText: row.body_text,
    language: row.language as Language,
    messageId: row.message_id,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, contentType: a.content_type, size: Number(a.size) })),
  };
}

export async function outboxCounts(db: Db) {
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['awaiting_approval', 'queued', 'failed'])
    .groupBy('status')
    .execute();
  const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { awaitingApproval: of('awaiting_approval'), queued: of('queued'), failed: of('failed') };
}
