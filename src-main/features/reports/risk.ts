import { todayLocal } from '../../../src-shared/dates/business-date';
import type { CustomerRisk, RiskFactors, RiskSegment } from '../../../src-shared/domain/reports/types';
import { notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';
import { NO_HISTORY, riskFactorsOf } from './risk-factors';

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
  const factors = await riskFactorsOf(ctx.db, todayLocal(ctx.now()), [id]);
  return scoreRisk(id, factors.get(id) ?? NO_HISTORY);
};
