import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { InvoiceListQuery } from '../../../src-shared/domain/invoices/schemas';
import type { InvoiceListItem, InvoicePage } from '../../../src-shared/domain/invoices/types';
import type { Currency } from '../../../src-shared/money/currency';
import { foldSearch, foldTr } from '../../../src-shared/text/turkish';
import { decodeCursor, keysetPage } from '../../core/cursor';
import { unindexed } from '../../store/dialect/planner-hints';
import type { Database, Db } from '../../store/schema';
import { daysOverdueOf, statusOf } from './invoice-mapper';
import { openAmountOn } from './open-on';

type Builder = SelectQueryBuilder<Database, 'invoices', object>;

const SORTS = {
  issue_desc: { column: 'issue_date', desc: true },
  due_asc: { column: 'due_date', desc: false },
  amount_desc: { column: 'total', desc: true },
  number: { column: 'number_key', desc: false },
} as const;

/**
 * A column as a filter term. `steer` writes it as `+column`, which SQLite cannot use as an index term: a list
 * sorted by issue date or amount then walks its sort index (stopping at the first page) instead of
 * collecting every match of a due-date or currency range and sorting them all.
 */
const term = (db: Db, column: 'invoices.due_date' | 'invoices.currency', steer: boolean) =>
  steer ? unindexed<string>(db, column) : sql.ref<string>(column);

/** The SQL of each derived status; the same rules as invoiceStatus(). */
function whereStatus(
  db: Db,
  qb: Builder,
  status: NonNullable<InvoiceListQuery['status']>,
  today: string,
  steer: boolean,
): Builder {
  const due = term(db, 'invoices.due_date', steer);
  const open = qb.where('invoices.open_amount', '>', 0);
  const undisputed = open.where('invoices.open_disputes', '=', 0);
  switch (status) {
    case 'paid':
      return qb.where('invoices.open_amount', '=', 0).where('invoices.written_off_amount', '=', 0);
    case 'written_off':
      return qb.where('invoices.open_amount', '=', 0).where('invoices.written_off_amount', '>', 0);
    case 'disputed':
      return open.where('invoices.open_disputes', '>', 0);
    case 'overdue':
      return undisputed.where(due, '<', today);
    case 'partially_paid':
      return undisputed.where(due, '>=', today).whereRef('invoices.open_amount', '<', 'invoices.total');
    case 'open':
      return undisputed.where(due, '>=', today).whereRef('invoices.open_amount', '=', 'invoices.total');
  }
}

/** Above this many matching customers the invoice list walks its sort index instead of sorting the matches. */
const WIDE_SEARCH = 200;

export interface SearchPlan {
  text: string;
  customerIds: number[];
  /** Few matches: fetch them through the indexes and sort; many: walk the sort index and filter. */
  sortMatches: boolean;
}

export async function planSearch(db: Db, search: string): Promise<SearchPlan | null> {
  const text = foldTr(search.trim());
  if (text === '') return null;
  // Customers are matched on their search-folded text (Turkish letters ignored); numbers keep their own key.
  const pattern = `%${foldSearch(text).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = await db
    .selectFrom('customers')
    .select('id')
    .where(sql<boolean>`search_text like ${pattern} escape '\\'`)
    .execute();
  return { text, customerIds: rows.map((r) => r.id), sortMatches: rows.length <= WIDE_SEARCH };
}

/** Number prefix (through the unique index), the exact ETTN, or any matching customer. */
function whereSearch(qb: Builder, plan: SearchPlan | null): Builder {
  if (!plan) return qb;
  const { text, customerIds } = plan;
  return qb.where((eb: ExpressionBuilder<Database, 'invoices'>) =>
    eb.or([
      eb.and([eb('invoices.number_key', '>=', text), eb('invoices.number_key', '<', `${text}\u{10FFFF}`)]),
      eb('invoices.ettn', '=', text),
      ...(customerIds.length > 0 ? [eb('invoices.customer_id', 'in', customerIds)] : []),
    ]),
  );
}

/** Open at the end of `day`: the kept open amount from today on (payments are never future-dated), else rebuilt. */
function whereOpenOn(qb: Builder, day: string, ledgerDay: string): Builder {
  const issued = qb.where('invoices.issue_date', '<=', day);
  return day >= ledgerDay ? issued.where('invoices.open_amount', '>', 0) : issued.where(openAmountOn(day, 'invoices'), '>', 0);
}

/** The days a list is judged on: `today` for overdue (the caller may move it), `ledgerDay` the real today. */
export interface ListDays {
  today: string;
  ledgerDay: string;
}

export function filtered(db: Db, q: InvoiceListQuery, days: ListDays, search: SearchPlan | null, steer = false): Builder {
  const { today } = days;
  let qb: Builder = db.selectFrom('invoices');
  if (q.customerId) qb = qb.where('invoices.customer_id', '=', q.customerId);
  if (q.currency) qb = qb.where(term(db, 'invoices.currency', steer), '=', q.currency);
  if (q.issuedFrom) qb = qb.where('invoices.issue_date', '>=', q.issuedFrom);
  if (q.issuedTo) qb = qb.where('invoices.issue_date', '<=', q.issuedTo);
  if (q.dueFrom) qb = qb.where(term(db, 'invoices.due_date', steer), '>=', q.dueFrom);
  if (q.dueTo) qb = qb.where(term(db, 'invoices.due_date', steer), '<=', q.dueTo);
  if (q.minTotal !== undefined) qb = qb.where('invoices.total', '>=', q.minTotal);
  if (q.maxTotal !== undefined) qb = qb.where('invoices.total', '<=', q.maxTotal);
  if (q.openOnly) qb = qb.where('invoices.open_amount', '>', 0);
  if (q.openOn) qb = whereOpenOn(qb, q.openOn, days.ledgerDay);
  if (q.status) qb = whereStatus(db, qb, q.status, today, steer);
  return whereSearch(qb, search);
}

/** One page of invoices across customers, keyset-paged, with totals of the whole filtered set per currency. */
export async function listInvoices(db: Db, q: InvoiceListQuery, days: ListDays): Promise<InvoicePage> {
  const { today } = days;
  const sort = SORTS[q.sort];
  const column = `invoices.${sort.column}` as const;
  const search = await planSearch(db, q.search);
  let page = filtered(db, q, days, search, q.sort !== 'due_asc')
    .innerJoin('customers', 'customers.id', 'invoices.customer_id')
    .select([
      'invoices.id',
      'invoices.customer_id',
      'customers.code as customer_code',
      'customers.title as customer_title',
      'invoices.number',
      'invoices.issue_date',
      'invoices.due_date',
      'invoices.currency',
      'invoices.total',
      'invoices.open_amount',
      'invoices.written_off_amount',
      'invoices.open_disputes',
      `${column} as sort_key`,
    ]);
  if (q.cursor) {
    const at = decodeCursor(q.cursor, q.sort);
    page = page.where((eb) => eb(eb.refTuple(column, 'invoices.id'), sort.desc ? '<' : '>', eb.tuple(at.key as string, at.id)));
  }
  const direction = sort.desc ? 'desc' : 'asc';
  // For a narrow search a unary + stops SQLite from walking the whole sort index: it fetches the few
  // matches through their indexes (number, ETTN, customer) and sorts them.
  const orderColumn = search?.sortMatches ? unindexed(db, column) : sql.ref(column);
  const rows = await page
    .orderBy(orderColumn, direction)
    .orderBy('invoices.id', direction)
    .limit(q.limit + 1)
    .execute();
  const { rows: items, nextCursor } = keysetPage(rows, q.limit, q.sort);

  return {
    items: items.map((r): InvoiceListItem => ({
      id: r.id,
      customerId: r.customer_id,
      customerCode: r.customer_code,
      customerTitle: r.customer_title,
      number: r.number,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      currency: r.currency as Currency,
      total: r.total,
      openAmount: r.open_amount,
      status: statusOf(r, today),
      daysOverdue: daysOverdueOf(r, today),
    })),
    nextCursor,
  };
}
