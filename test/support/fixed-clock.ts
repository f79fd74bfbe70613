import type { BusinessDate } from '../../src-shared/dates/business-date';

/** The day the date-dependent tests live on (a Wednesday, no public holiday) unless they name their own. */
export const TEST_TODAY: BusinessDate = '2026-11-18';

/**
 * A clock set to noon of `day` on this computer's calendar that then runs as the real one does: `todayLocal(now())`
 * is `day` in any time zone and on any day the tests run, while events still keep their order in time (a payment
 * recorded before a promise stays before it). Tests hand it to the backend (`testBackend(dir, now)`).
 */
export function fixedClock(day: BusinessDate = TEST_TODAY): { now: () => Date; today: BusinessDate } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const noon = new Date(y, m - 1, d, 12).getTime();
  const started = Date.now();
  return { now: () => new Date(noon + (Date.now() - started)), today: day };
}
