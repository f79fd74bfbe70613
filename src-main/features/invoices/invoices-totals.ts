import type { InvoiceListQuery } from '../../../src-shared/domain/invoices/schemas';
import type { CurrencyTotals } from '../../../src-shared/domain/invoices/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import type { InvoiceSummaryTable } from '../../store/tables/ledger';
import { filtered, planSearch, type ListDays } from './invoices-list';

type Row = { currency: string; count: number | string | null; total: number | string | null; open: number | string | null };

const toTotals = (rows: Row[]): CurrencyTotals[] =>
  rows.map((t) => ({ currency: t.currency as Currency, count: Number(t.count), total: Number(t.total), open: Number(t.open) }));

/** Count, total and open amount per currency, read from the invoice rows that the filter selects. */
export async function totalsFromRows(db: Db, q: InvoiceListQuery, days: ListDays): Promise<CurrencyTotals[]> {
  const rows = await filtered(db, q, days, await planSearch(db, q.search))
    .select((eb) => [
      'invoices.currency',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('invoices.total').as('total'),
      eb.fn.sum<number>('invoices.open_amount').as('open'),
    ])
    .groupBy('invoices.currency')
    .orderBy('invoices.currency')
    .execute();
  return toTotals(rows);
}

/** Whether the kept summary (per currency, state and due date) can answer this filter on its own. */
const summaryAnswers = (q: InvoiceListQuery): boolean =>
  q.search.trim() === '' &&
  q.customerId === undefined &&
  q.issuedFrom === undefined &&
  q.issuedTo === undefined &&
  q.minTotal === undefined &&
  q.maxTotal === undefined &&
  q.openOn === undefined;

type State = InvoiceSummaryTable['state'];
const OPEN_STATES: State[] = ['full', 'partial', 'disputed'];

/** The summary states of each derived status; open and overdue are then told apart by due date. */
const STATES: Record<NonNullable<InvoiceListQuery['status']>, { states: State[]; due?: 'past' | 'from_today' }> = {
  paid: { states: ['paid'] },
  written_off: { states: ['written_off'] },
  disputed: { states: ['disputed'] },
  overdue: { states: ['full', 'partial'], due: 'past' },
  partially_paid: { states: ['partial'], due: 'from_today' },
  open: { states: ['full'], due: 'from_today' },
};

/** The same figures from the kept summary: a few thousand rows however many invoices there are. */
async function totalsFromSummary(db: Db, q: InvoiceListQuery, today: string): Promise<CurrencyTotals[]> {
  let qb = db.selectFrom('invoice_summary');
  if (q.currency) qb = qb.where('currency', '=', q.currency);
  if (q.dueFrom) qb = qb.where('due_date', '>=', q.dueFrom);
  if (q.dueTo) qb = qb.where('due_date', '<=', q.dueTo);
  if (q.openOnly) qb = qb.where('state', 'in', OPEN_STATES);
  if (q.status) {
    const { states, due } = STATES[q.status];
    qb = qb.where('state', 'in', states);
    if (due === 'past') qb = qb.where('due_date', '<', today);
    if (due === 'from_today') qb = qb.where('due_date', '>=', today);
  }
  const rows = await qb
    .select((eb) => [
      'currency',
      eb.fn.sum<number>('count').as('count'),
      eb.fn.sum<number>('total').as('total'),
      eb.fn.sum<number>('open').as('open'),
    ])
    .groupBy('currency')
    .having((eb) => eb.fn.sum('count'), '>', 0)
    .orderBy('currency')
    .execute();
  return toTotals(rows);
}

/** Totals of the whole filtered set: from the kept summary when it can tell, else from the rows. */
export const invoiceTotals = (db: Db, q: InvoiceListQuery, days: ListDays): Promise<CurrencyTotals[]> =>
  summaryAnswers(q) ? totalsFromSummary(db, q, days.today) : totalsFromRows(db, q, days);
