import { todayLocal } from '../../../src-shared/dates/business-date';
import type { AgingReportQuery } from '../../../src-shared/domain/reports/schemas';
import type { AgingFigures, AgingReport, AgingRow } from '../../../src-shared/domain/reports/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import { agingCells, type AgingCell } from './aging-query';

export const figuresOf = (cell: Pick<AgingCell, 'currency' | 'buckets' | 'credit'>): AgingFigures => ({
  currency: cell.currency as Currency,
  buckets: cell.buckets,
  credit: cell.credit,
  balance: cell.buckets.reduce((a, b) => a + b, 0) - cell.credit,
});

function totalsOf(cells: AgingCell[], width: number): AgingFigures[] {
  const byCurrency = new Map<string, AgingCell>();
  for (const c of cells) {
    const t = byCurrency.get(c.currency) ?? { ...c, customerId: 0, buckets: Array<number>(width).fill(0), credit: 0 };
    c.buckets.forEach((amount, i) => (t.buckets[i]! += amount));
    t.credit += c.credit;
    byCurrency.set(c.currency, t);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)).map(figuresOf);
}

/** Aging per customer and currency (largest balance first, paged) with totals per currency. */
export async function agingReport(db: Db, q: AgingReportQuery, now: Date): Promise<AgingReport> {
  const asOf = q.asOf ?? todayLocal(now);
  const cells = await agingCells(db, { asOf, bounds: q.bounds, currency: q.currency, customerId: q.customerId }, todayLocal(now));
  const ranked = cells
    .map((c) => ({ cell: c, figures: figuresOf(c) }))
    .sort((a, b) => b.figures.balance - a.figures.balance || a.cell.customerId - b.cell.customerId);
  const page = ranked.slice(q.offset, q.offset + q.limit);

  const ids = [...new Set(page.map((p) => p.cell.customerId))];
  const byId = new Map<number, { code: string; title: string }>();
  // In slices: a page may hold tens of thousands of customers, more than one statement may bind.
  for (let i = 0; i < ids.length; i += 5000) {
    const slice = ids.slice(i, i + 5000);
    const customers = await db.selectFrom('customers').select(['id', 'code', 'title']).where('id', 'in', slice).execute();
    for (const c of customers) byId.set(c.id, c);
  }
  const rows: AgingRow[] = page.map(({ cell, figures }) => ({
    ...figures,
    customerId: cell.customerId,
    customerCode: byId.get(cell.customerId)?.code ?? '',
    customerTitle: byId.get(cell.customerId)?.title ?? '',
  }));
  return { asOf, bounds: [...q.bounds], rows, rowCount: ranked.length, totals: totalsOf(cells, q.bounds.length + 2) };
}
