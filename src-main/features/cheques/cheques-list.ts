import type { ChequeListQuery } from '../../../src-shared/domain/cheques/schemas';
import type { ChequePage } from '../../../src-shared/domain/cheques/types';
import { decodeCursor, keysetPage } from '../../core/cursor';
import type { Db } from '../../store/schema';
import { loadClosedDays } from '../holidays/holidays-repo';
import { chequeSelect, toListItem } from './cheques-repo';

/**
 * The portfolio by due date (soonest first), keyset-paged on (due_date, id). With a status or customer the
 * matching index (that column, then due_date, id) is walked; other filters are checked along the way.
 */
export async function listCheques(db: Db, q: ChequeListQuery): Promise<ChequePage> {
  let query = chequeSelect(db).select('c.due_date as sort_key');
  if (q.status) query = query.where('c.status', '=', q.status);
  if (q.customerId !== undefined) query = query.where('c.customer_id', '=', q.customerId);
  if (q.kind) query = query.where('c.kind', '=', q.kind);
  if (q.dueFrom) query = query.where('c.due_date', '>=', q.dueFrom);
  if (q.dueTo) query = query.where('c.due_date', '<=', q.dueTo);
  if (q.cursor) {
    const at = decodeCursor(q.cursor, 'due_asc');
    query = query.where((eb) => eb(eb.refTuple('c.due_date', 'c.id'), '>', eb.tuple(String(at.key), at.id)));
  }
  const rows = await query
    .orderBy('c.due_date')
    .orderBy('c.id')
    .limit(q.limit + 1)
    .execute();
  const { rows: page, nextCursor } = keysetPage(rows, q.limit, 'due_asc');
  const closed = await loadClosedDays(db);
  return { items: page.map((row) => toListItem(row, closed)), nextCursor };
}
