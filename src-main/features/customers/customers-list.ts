import { sql, type RawBuilder } from 'kysely';
import type { CustomerListQuery } from '../../../src-shared/domain/customers/schemas';
import type { CustomerFigures, CustomerPage } from '../../../src-shared/domain/customers/types';
import { jsonArrayHas } from '../../store/dialect/json';
import type { Db } from '../../store/schema';
import { toFigures, toListItem } from './customer-mapper';
import { decodeCursor, keysetPage } from '../../core/cursor';
import { searchPatterns } from './search-text';

/** Sorts on a figure put the customers without one last: a day after every real day. */
const NO_DAY = '9999-12-31';

type DayColumn = 'oldest_overdue_due' | 'next_expected_day';

/** A day figure's sort without a currency reads the earliest over the customer's currencies from a joined `m`. */
const earliestDayColumn = (q: CustomerListQuery): DayColumn | null =>
  q.currency
    ? null
    : q.sort === 'oldest_overdue'
      ? 'oldest_overdue_due'
      : q.sort === 'next_expected'
        ? 'next_expected_day'
        : null;

/** The sort key of each sort, and whether it runs high to low (ties always by id, low to high). */
function sortOf(q: CustomerListQuery, joined: boolean): { key: RawBuilder<string | number>; desc: boolean } {
  // A day figure without a currency: the earliest over the customer's currencies (days add nothing up), one grouped
  // read joined rather than a subquery per customer (which PostgreSQL ran twice per row: in the select and the sort).
  const day = (column: DayColumn) =>
    q.currency ? sql<string>`coalesce(f.${sql.raw(column)}, ${NO_DAY})` : sql<string>`coalesce(m.day, ${NO_DAY})`;
  switch (q.sort) {
    case 'title':
      return { key: sql`customers.sort_title`, desc: false };
    case 'code':
      return { key: sql`customers.code_key`, desc: false };
    case 'recent':
      return { key: sql`customers.id`, desc: true };
    case 'balance':
    case 'overdue':
      // The joined row `f` is the `currency` filter's, else TRY's: amounts of two currencies never compare. Joined
      // inner (a filter needs the row), the bare column lets the page walk that currency's sort index.
      return { key: joined ? sql<number>`f.${sql.raw(q.sort)}` : sql<number>`coalesce(f.${sql.raw(q.sort)}, 0)`, desc: true };
    case 'oldest_overdue':
      return { key: day('oldest_overdue_due'), desc: false };
    case 'next_expected':
      return { key: day('next_expected_day'), desc: false };
  }
}

/** A condition on the customer's kept figures (`customer_figures`) in any currency. */
const hasFigures = (condition: RawBuilder<unknown>) =>
  sql<boolean>`exists (select 1 from customer_figures x where x.customer_id = customers.id and ${condition})`;

/**
 * The one currency whose figures row a customer must have to be listed: the currency filter's, or TRY's for
 * "balance above" without one (its amount is in TRY). That row is then joined inner, filtered directly and read
 * in the sort's index order, rather than tested per customer.
 */
const requiredCurrency = (q: CustomerListQuery): string | null => q.currency ?? (q.minBalance !== undefined ? 'TRY' : null);

/** One page of customers: filters and search run in SQLite, paging by keyset (sort key, id). */
export async function listCustomers(db: Db, q: CustomerListQuery): Promise<CustomerPage> {
  const required = requiredCurrency(q);
  let base = db.selectFrom('customers').leftJoin('customer_risk', 'customer_risk.customer_id', 'customers.id');
  if (q.status === 'active') base = base.where('archived_at', 'is', null);
  if (q.status === 'archived') base = base.where('archived_at', 'is not', null);
  if (q.kind) base = base.where('kind', '=', q.kind);
  if (q.city) base = base.where('city', '=', q.city);
  // No stored row: no ledger yet, a neutral B (see features/reports/risk-store).
  const segment = sql<string>`coalesce(customer_risk.segment, 'B')`;
  if (q.risk) base = base.where(segment, '=', q.risk);
  if (q.tag) base = base.where(jsonArrayHas(db, sql`customers.tags`, q.tag));
  for (const pattern of searchPatterns(q.search)) base = base.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
  if (required !== null) {
    base = base.innerJoin('customer_figures as f', (join) =>
      join.onRef('f.customer_id', '=', 'customers.id').on('f.currency', '=', required),
    );
    if (q.overdueOnly) base = base.where(sql<boolean>`f.overdue > 0`);
    if (q.minBalance !== undefined) base = base.where(sql<boolean>`f.balance > ${q.minBalance}`);
  } else if (q.overdueOnly) base = base.where(hasFigures(sql`x.overdue > 0`));

  const { key, desc } = sortOf(q, required !== null);
  const earliest = earliestDayColumn(q);
  let page = (
    required !== null
      ? base
      : base.leftJoin('customer_figures as f', (join) =>
          join.onRef('f.customer_id', '=', 'customers.id').on('f.currency', '=', 'TRY'),
        )
  )
    .$if(earliest !== null, (qb) =>
      qb.leftJoin(
        (eb) =>
          eb
            .selectFrom('customer_figures')
            .select(['customer_id', sql<string>`min(${sql.ref(earliest!)})`.as('day')])
            .groupBy('customer_id')
            .as('m'),
        (join) => join.onRef('m.customer_id', '=', 'customers.id'),
      ),
    )
    .select([
      'customers.id',
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
      key.as('sort_key'),
    ]);
  if (q.cursor) {
    const at = decodeCursor(q.cursor, q.sort);
    page = desc
      ? page.where(sql<boolean>`(${key} < ${at.key} or (${key} = ${at.key} and customers.id > ${at.id}))`)
      : page.where(sql<boolean>`(${key}, customers.id) > (${at.key}, ${at.id})`);
  }
  // The page and the count together: on a server each is a round trip (and a core) of its own.
  const [rows, { total }] = await Promise.all([
    page
      .orderBy(key, desc ? 'desc' : 'asc')
      .orderBy('customers.id', 'asc')
      .limit(q.limit + 1)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);

  const { rows: items, nextCursor } = keysetPage(rows, q.limit, q.sort);
  const figures = await figuresOf(
    db,
    items.map((r) => r.id),
  );
  return {
    items: items.map((row) => toListItem(row, figures.get(row.id) ?? [])),
    nextCursor,
    total: Number(total),
  };
}

/** The kept figures of a page of customers, TRY first, then by currency code. */
async function figuresOf(db: Db, ids: number[]): Promise<Map<number, CustomerFigures[]>> {
  const byCustomer = new Map<number, CustomerFigures[]>();
  if (ids.length === 0) return byCustomer;
  const rows = await db
    .selectFrom('customer_figures')
    .selectAll()
    .where('customer_id', 'in', ids)
    .orderBy(sql`currency <> 'TRY'`)
    .orderBy('currency')
    .execute();
  for (const row of rows) {
    const list = byCustomer.get(row.customer_id) ?? [];
    list.push(toFigures(row));
    byCustomer.set(row.customer_id, list);
  }
  return byCustomer;
}
