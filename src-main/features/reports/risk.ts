import { sql } from 'kysely';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type { CustomerRisk, RiskFactors, RiskSegment } from '../../../src-shared/domain/reports/types';
import { notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';

/** Upper limits of 0, 1 and 2 points; anything above the last is 3 points. */
const THRESHOLDS = {
  avgDaysLate: [5, 15, 45],
  shareLate: [0.2, 0.4, 0.7],
  overdueRatio: [0.1, 0.3, 0.6],
  brokenPromises: [0, 1, 2],
} as const;

const MIN_PAID_FOR_HISTORY = 3;

const pointsFor = (value: number, limits: readonly number[]): number => {
  const index = limits.findIndex((limit) => value <= limit);
  return index === -1 ? limits.length : index;
};

export function segmentFor(score: number): RiskSegment {
  if (score <= 2) return 'A';
  if (score <= 5) return 'B';
  if (score <= 8) return 'C';
  return 'D';
}

/** Scores measured behaviour; a customer with too little history is a neutral B. */
export function scoreRisk(customerId: number, factors: RiskFactors): CustomerRisk {
  const points = {
    avgDaysLate: pointsFor(factors.avgDaysLate, THRESHOLDS.avgDaysLate),
    shareLate: pointsFor(factors.shareLate, THRESHOLDS.shareLate),
    overdueRatio: pointsFor(factors.overdueRatio, THRESHOLDS.overdueRatio),
    brokenPromises: pointsFor(factors.brokenPromises, THRESHOLDS.brokenPromises),
  };
  const score = points.avgDaysLate + points.shareLate + points.overdueRatio + points.brokenPromises;
  const insufficientHistory =
    factors.paidInvoices < MIN_PAID_FOR_HISTORY && factors.overdueRatio === 0 && factors.brokenPromises === 0;
  return { customerId, segment: insufficientHistory ? 'B' : segmentFor(score), score, factors, points, insufficientHistory };
}

export const customerRisk: Handler<'customers/risk'> = async ({ id }, ctx) => {
  const exists = await ctx.db.selectFrom('customers').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound(`Customer ${id} does not exist`);
  const today = todayLocal(ctx.now());

  const paid = await sql<{ n: number; weighted: number | null; amount: number | null; late: number }>`
    select count(*) as n,
           sum(max(0, julianday(paid_date) - julianday(due_date)) * total) as weighted,
           sum(total) as amount,
           sum(paid_date > due_date) as late
    from invoices
    where customer_id = ${id} and paid_date is not null and written_off_amount = 0 and paid_date >= ${addDays(today, -730)}`.execute(
    ctx.db,
  );
  const open = await sql<{ currency: string; open: number; overdue: number }>`
    select currency, sum(open_amount) as open, sum(case when due_date < ${today} then open_amount else 0 end) as overdue
    from invoices where customer_id = ${id} and open_amount > 0 group by currency`.execute(ctx.db);
  const promises = await sql<{ status: string; amount: number; promised_date: string; paid: number }>`
    select pr.status, pr.amount, pr.promised_date,
           coalesce((select sum(p.amount) from payments p where p.customer_id = pr.customer_id and p.currency = pr.currency
             and p.kind = 'payment' and p.reversed_at is null and p.date >= pr.made_on and p.date <= pr.promised_date), 0) as paid
    from promises pr
    where pr.customer_id = ${id} and pr.status <> 'cancelled' and pr.promised_date >= ${addDays(today, -365)} and pr.promised_date < ${today}`.execute(
    ctx.db,
  );

  const p = paid.rows[0]!;
  const factors: RiskFactors = {
    avgDaysLate: p.amount ? Math.round(((p.weighted ?? 0) / p.amount) * 10) / 10 : 0,
    shareLate: p.n ? Math.round((Number(p.late) / p.n) * 1000) / 1000 : 0,
    overdueRatio: Math.max(0, ...open.rows.map((r) => Math.round((r.overdue / r.open) * 1000) / 1000)),
    brokenPromises: promises.rows.filter((r) => Number(r.paid) < r.amount).length,
    paidInvoices: p.n,
  };
  return scoreRisk(id, factors);
};
