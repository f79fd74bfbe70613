import { sql } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { SegmentExposure } from '../../../src-shared/domain/dashboard/types';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { memoOnLedger } from './ledger-memo';

const SEGMENTS: RiskSegment[] = ['A', 'B', 'C', 'D'];

/**
 * What each risk segment owes: open amounts summed per customer from the index of open invoices (a few
 * thousand rows), then by the customer's stored segment. A customer without a stored segment counts as B,
 * the neutral segment of a customer with too little history.
 */
export async function segmentExposure(db: Db, today: string): Promise<SegmentExposure> {
  const { rows } = await sql<{ currency: string; segment: RiskSegment | null; customers: number; open: number; overdue: number }>`
    select o.currency, r.segment, count(*) as customers, sum(o.open) as open, sum(o.overdue) as overdue from (
      select customer_id, currency, sum(open_amount) as open, sum(case when due_date < ${today} then open_amount else 0 end) as overdue
      from invoices where open_amount > 0 group by customer_id, currency
    ) o left join customer_risk r on r.customer_id = o.customer_id
    group by o.currency, r.segment`.execute(db);
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
