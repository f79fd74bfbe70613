import type { BusinessDate } from '../../src-shared/dates/business-date';

/**
 * A wall clock stopped at noon of `day` on this computer's calendar, so `todayLocal(now())` is `day` in any time
 * zone. Tests hand it to the backend (`testBackend(dir, now)`) so their dates do not follow the real today.
 */
export function fixedClock(day: BusinessDate): { now: () => Date; today: BusinessDate } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const noon = new Date(y, m - 1, d, 12).getTime();
  return { now: () => new Date(noon), today: day };
}
