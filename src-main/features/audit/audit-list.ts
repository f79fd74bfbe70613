import type { AuditListQuery } from '../../../src-shared/domain/audit/schemas';
import { fieldChanges, recordLabel } from '../../../src-shared/domain/audit/field-changes';
import type { AuditEntity, AuditEntry, AuditPage } from '../../../src-shared/domain/audit/types';
import type { Currency } from '../../../src-shared/money/currency';
import { addDays } from '../../../src-shared/dates/business-date';
import { decodeCursor, keysetPage } from '../../core/cursor';
import type { Db } from '../../store/schema';

/** The first moment of a business day on this computer's calendar, as the log's UTC timestamps are written. */
const startOfDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
};

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * The audit log newest first, keyset-paged on id (the order the changes were made in). A date range is
 * turned into an id range through the time index first, so the page walk stays on the primary key.
 */
export async function listAudit(db: Db, q: AuditListQuery): Promise<AuditPage> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'actor_name', 'action', 'entity', 'entity_id', 'before', 'after', 'id as sort_key']);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId !== undefined) query = query.where('entity_id', '=', q.entityId);
  if (q.from) {
    const first = await db
      .selectFrom('audit_log')
      .select('id')
      .where('at', '>=', startOfDay(q.from))
      .orderBy('at')
      .limit(1)
      .executeTakeFirst();
    query = query.where('id', '>=', first?.id ?? Number.MAX_SAFE_INTEGER);
  }
  if (q.to) {
    const next = await db
      .selectFrom('audit_log')
      .select('id')
      .where('at', '>=', startOfDay(addDays(q.to, 1)))
      .orderBy('at')
      .limit(1)
      .executeTakeFirst();
    if (next) query = query.where('id', '<', next.id);
  }
  if (q.cursor) query = query.where('id', '<', decodeCursor(q.cursor, 'id_desc').id);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const { rows: page, nextCursor } = keysetPage(rows, q.limit, 'id_desc');
  return {
    items: page.map((r): AuditEntry => {
      const before = parse(r.before);
      const after = parse(r.after);
      const snapshot = (after ?? before) as { currency?: unknown } | null;
      return {
        id: r.id,
        at: r.at,
        actor: r.actor,
        actorName: r.actor_name,
        action: r.action,
        entity: r.entity as AuditEntity,
        entityId: r.entity_id,
        label: recordLabel(snapshot),
        currency: typeof snapshot?.currency === 'string' ? (snapshot.currency as Currency) : null,
        changes: fieldChanges(before, after),
      };
    }),
    nextCursor,
  };
}
