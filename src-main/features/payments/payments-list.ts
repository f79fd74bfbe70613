import type { PaymentListQuery } from '../../../src-shared/domain/payments/schemas';
import type { PaymentListItem, PaymentPage } from '../../../src-shared/domain/payments/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, keysetPage } from '../../core/cursor';
import type { Db } from '../../store/schema';

/** Payments and credit notes newest first, keyset-paged on (date, id). */
export async function listPayments(db: Db, q: PaymentListQuery): Promise<PaymentPage> {
  let query = db
    .selectFrom('payments')
    .select([
      'id',
      'kind',
      'customer_id',
      'number',
      'date',
      'currency',
      'amount',
      'unallocated',
      'method',
      'reference',
      'reversed_at',
      'date as sort_key',
    ]);
  if (q.customerId !== undefined) query = query.where('customer_id', '=', q.customerId);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (!q.includeReversed) query = query.where('reversed_at', 'is', null);
  if (q.cursor) {
    const at = decodeCursor(q.cursor, 'date_desc');
    query = query.where((eb) => eb(eb.refTuple('date', 'id'), '<', eb.tuple(String(at.key), at.id)));
  }
  const rows = await query
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const { rows: page, nextCursor } = keysetPage(rows, q.limit, 'date_desc');
  return {
    items: page.map((r): PaymentListItem => ({
      id: r.id,
      kind: r.kind,
      customerId: r.customer_id,
      number: r.number,
      date: r.date,
      currency: r.currency as Currency,
      amount: r.amount,
      unallocated: r.unallocated,
      method: r.method as PaymentListItem['method'],
      reference: r.reference,
      reversed: r.reversed_at !== null,
    })),
    nextCursor,
  };
}
