import { describe, expect, it } from 'vitest';
import { closedDaysOf, type ClosedDays } from '../../dates/business-days';
import { instalmentDates, monthlyOn, proposeSchedule } from './propose';
import { planProposeInput, type PlanProposeInput } from './schemas';

const propose = (input: Partial<PlanProposeInput> & Pick<PlanProposeInput, 'principal' | 'count'>, closed?: ClosedDays) =>
  proposeSchedule(planProposeInput.parse({ frequency: { kind: 'monthly', day: 15 }, startDate: '2026-12-01', ...input }), closed);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('equal splits', () => {
  it('always add up to the total and differ by at most one kuruş (many random totals and counts)', () => {
    const next = random(20261123);
    for (let n = 0; n < 2000; n += 1) {
      const count = 1 + Math.floor(next() * 60);
      const principal = count + Math.floor(next() * 10_000_000_000);
      const downPayment = next() < 0.3 ? Math.floor(next() * (principal - count)) : 0;
      const rate = next() < 0.3 ? Math.floor(next() * 6000) : 0;
      const plan = propose({ principal, count, downPayment, interestRateBp: rate });
      const instalments = plan.rows.filter((r) => r.kind === 'instalment').map((r) => r.amount);
      expect(instalments).toHaveLength(count);
      expect(plan.rows.reduce((sum, r) => sum + r.amount, 0)).toBe(plan.total);
      expect(plan.total).toBe(principal + plan.interestAmount);
      expect(Math.max(...instalments) - Math.min(...instalments)).toBeLessThanOrEqual(1);
      if (rate === 0) expect(plan.interestAmount).toBe(0);
    }
  });

  it('puts the extra kuruş first: 100,00 in 3 is 33,34 + 33,33 + 33,33', () => {
    expect(propose({ principal: 10_000, count: 3 }).rows.map((r) => r.amount)).toEqual([3334, 3333, 3333]);
  });
});

describe('dates', () => {
  it('day 31 falls back to the last day of shorter months', () => {
    const rows = propose({ principal: 60_000, count: 5, frequency: { kind: 'monthly', day: 31 }, startDate: '2027-01-10' }).rows;
    expect(rows.map((r) => r.dueDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
    expect(monthlyOn('2028-01-31', 1, 31)).toBe('2028-02-29');
  });

  it('monthly starts next month when the chosen day has passed, and one month later after a down payment', () => {
    expect(instalmentDates({ kind: 'monthly', day: 5 }, '2026-12-20', 2, false)).toEqual(['2027-01-05', '2027-02-05']);
    const rows = propose({
      principal: 30_000,
      downPayment: 10_000,
      count: 2,
      frequency: { kind: 'monthly', day: 20 },
      startDate: '2026-12-20',
    }).rows;
    expect(rows.map((r) => [r.kind, r.dueDate, r.amount])).toEqual([
      ['down_payment', '2026-12-20', 10_000],
      ['instalment', '2027-01-20', 10_000],
      ['instalment', '2027-02-20', 10_000],
    ]);
  });

  it('every N weeks counts from the start date', () => {
    const rows = propose({ principal: 9_000, count: 3, frequency: { kind: 'weekly', every: 2 }, startDate: '2026-12-01' }).rows;
    expect(rows.map((r) => r.dueDate)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });

  it('custom dates are taken as given and must be one per instalment', () => {
    const rows = propose({ principal: 2_000, count: 2, frequency: { kind: 'custom', dates: ['2027-01-03', '2027-04-09'] } }).rows;
    expect(rows.map((r) => r.dueDate)).toEqual(['2027-01-03', '2027-04-09']);
    const wrong = planProposeInput.safeParse({
      principal: 2_000,
      count: 3,
      frequency: { kind: 'custom', dates: ['2027-01-03'] },
      startDate: '2027-01-01',
    });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['frequency.dates', 'plans.customDatesCount'],
    ]);
  });

  it('moves weekends and closed days to the next business day when asked, never onto the row before', () => {
    const closed = closedDaysOf([
      { date: '2027-05-15', kind: 'half_day' },
      { date: '2027-05-16', kind: 'public' },
      { date: '2027-05-17', kind: 'public' },
      { date: '2027-05-18', kind: 'public' },
      { date: '2027-05-19', kind: 'public' },
    ]);
    // The 16th of each month: Jan 16 2027 is a Saturday, May 16 is Kurban Bayramı (to the 19th).
    const input = { principal: 50_000, count: 5, frequency: { kind: 'monthly', day: 16 } as const, startDate: '2027-01-01' };
    const plain = propose(input, closed).rows;
    expect(plain.map((r) => r.dueDate)).toEqual(['2027-01-16', '2027-02-16', '2027-03-16', '2027-04-16', '2027-05-16']);
    const moved = propose({ ...input, moveToBusinessDay: true }, closed).rows;
    expect(moved.map((r) => [r.dueDate, r.movedFrom])).toEqual([
      ['2027-01-18', '2027-01-16'],
      ['2027-02-16', null],
      ['2027-03-16', null],
      ['2027-04-16', null],
      ['2027-05-20', '2027-05-16'],
    ]);
    // Weekly rows around a closure stay strictly increasing.
    const weekly = propose(
      { principal: 3_000, count: 3, frequency: { kind: 'weekly', every: 1 }, startDate: '2027-05-13', moveToBusinessDay: true },
      new Set([
        '2027-05-13',
        '2027-05-14',
        '2027-05-17',
        '2027-05-18',
        '2027-05-19',
        '2027-05-20',
        '2027-05-21',
        '2027-05-24',
        '2027-05-25',
        '2027-05-26',
      ]),
    ).rows;
    expect(weekly.map((r) => r.dueDate)).toEqual(['2027-05-27', '2027-05-28', '2027-05-31']);
  });
});

describe('interest', () => {
  it('is simple yearly interest on each share for the days it is outstanding, shown apart', () => {
    // 12.000,00 in 2 shares of 6.000,00 at 36 % a year: the first is due at the start (0 days), the second 7 or 31 days on.
    const plan = propose({
      principal: 1_200_000,
      count: 2,
      interestRateBp: 3600,
      frequency: { kind: 'weekly', every: 1 },
      startDate: '2027-01-01',
    });
    expect(plan.rows.map((r) => r.dueDate)).toEqual(['2027-01-01', '2027-01-08']);
    expect(plan.interestAmount).toBe(Math.round((600_000 * 0.36 * 0) / 365 + (600_000 * 0.36 * 7) / 365));
    const monthly = propose({
      principal: 1_200_000,
      count: 2,
      interestRateBp: 3600,
      frequency: { kind: 'monthly', day: 1 },
      startDate: '2027-01-01',
      downPayment: 0,
    });
    expect(monthly.interestAmount).toBe(Math.round((600_000 * 0.36 * 31) / 365));
    expect(monthly.total).toBe(1_200_000 + monthly.interestAmount);
  });
});
