import { sql } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { SegmentExposure } from '../../../src-shared/domain/dashboard/types';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Handler } from '../../core/registry';
import { unindexed } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';
import { memoOnLedger } from './ledger-memo';

const SEGMENTS: RiskSegment[] = ['A', 'B', 'C', 'D'];

/**
 * What each risk segment owes: the kept figures of each account (`customer_figures`: open invoice amounts and
 * overdue per customer and currency, current for today because `dashboard/segments` declares them fresh), summed
 * by the customer's stored segment: one row per account, not every open invoice. A customer without a stored
 * segment counts as B, the neutral segment of a customer with too little history. SQLite scans the rows (a sort
 * index of migration 39 starts with the currency but lacks the amounts: a table lookup per row).
 */
export async function segmentExposure(db: Db, today: string): Promise<SegmentExposure> {
  const { rows } = await sql<{ currency: string; segment: RiskSegment | null; customers: number; open: number; overdue: number }>`
    select f.currency, r.segment, count(*) as customers, sum(f.open_amount) as open, sum(f.overdue) as overdue
    from customer_figures f left join customer_risk r on r.customer_id = f.customer_id
    where f.open_amount > 0
    group by ${unindexed(db, 'f.currency')}, r.segment`.execute(db);
  const byCurrency = new Map<string, Map<RiskSegment, { customers: number; open: number; overdue: number }>>();
  for (const r of rows) {
    const segments = byCurrency.get(r.currency) ?? new Map();
    byCurrency.set(r.currency, segments);
    const segment = r.segment ?? 'B';
    const acc = segments.get(segment) ?? { customers: 0, open: 0, overdue: 0 };
    segments.set(segment, {
      customers: acc.customers + Number(r.customers),
      open: acc.open + Number(r.open),
      overdue: acc.overdue + Number(r.overdue),
    });
  }
  return {
    asOf: today,
    currencies: [...byCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, segments]) => ({
        currency: currency as Currency,
        segments: SEGMENTS.map((segment) => ({ segment, ...(segments.get(segment) ?? { customers: 0, open: 0, overdue: 0 }) })),
      })),
  };
}

export const segmentsHandler: Handler<'dashboard/segments'> = (_args, ctx) => {
  const today = todayLocal(ctx.now());
  return memoOnLedger(ctx.db, `segments|${today}`, () => segmentExposure(ctx.db, today));
};
