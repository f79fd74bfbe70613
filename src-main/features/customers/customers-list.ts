import { sql } from 'kysely';
import type { CustomerListQuery } from '../../../src-shared/domain/customers/schemas';
import type { CustomerPage } from '../../../src-shared/domain/customers/types';
import type { Db } from '../../store/schema';
import { toListItem } from './customer-mapper';
import { decodeCursor, keysetPage } from '../../core/cursor';
import { searchPatterns } from './search-text';

const SORT_COLUMN = { title: 'sort_title', code: 'code_key', recent: 'id' } as const;

/** One page of customers: filters and search run in SQLite, paging by keyset (sort key, id). */
export async function listCustomers(db: Db, q: CustomerListQuery): Promise<CustomerPage> {
  let base = db.selectFrom('customers').leftJoin('customer_risk', 'customer_risk.customer_id', 'customers.id');
  if (q.status === 'active') base = base.where('archived_at', 'is', null);
  if (q.status === 'archived') base = base.where('archived_at', 'is not', null);
  if (q.kind) base = base.where('kind', '=', q.kind);
  if (q.city) base = base.where('city', '=', q.city);
  // No stored row: no ledger yet, a neutral B (see features/reports/risk-store).
  const segment = sql<string>`coalesce(customer_risk.segment, 'B')`;
  if (q.risk) base = base.where(segment, '=', q.risk);
  if (q.tag) base = base.where(sql<boolean>`exists (select 1 from json_each(customers.tags) where json_each.value = ${q.tag})`);
  for (const pattern of searchPatterns(q.search)) base = base.where(sql<boolean>`search_text like ${pattern} escape '\\'`);

  const column = SORT_COLUMN[q.sort];
  const descending = q.sort === 'recent';
  let page = base.select([
    'id',
    'code',
    'title',
    'kind',
    'tax_id',
    'city',
    'phone',
    'email',
    'tags',
    'archived_at',
    segment.as('risk_segment'),
    `${column} as sort_key`,
  ]);
  if (q.cursor) {
    const at = decodeCursor(q.cursor, q.sort);
    page = descending
      ? page.where('id', '<', at.id)
      : page.where((eb) => eb(eb.refTuple(column, 'id'), '>', eb.tuple(at.key as string, at.id)));
  }
  const direction = descending ? 'desc' : 'asc';
  const rows = await page
    .orderBy(column, direction)
    .orderBy('id', direction)
    .limit(q.limit + 1)
    .execute();

  const { rows: items, nextCursor } = keysetPage(rows, q.limit, q.sort);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return {
    items: items.map(toListItem),
    nextCursor,
    total: Number(total),
  };
}
