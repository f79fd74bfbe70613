import { addDays } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart } from '../../../src-shared/dates/months';
import type { ForecastGranularity } from '../../../src-shared/domain/dashboard/types';

export interface Period {
  from: string;
  to: string;
}

/** Weeks of seven days from the forecast day, or calendar months from the forecast day's month. */
export function forecastPeriods(asOf: string, granularity: ForecastGranularity, count: number): Period[] {
  return Array.from({ length: count }, (_, i) =>
    granularity === 'week'
      ? { from: addDays(asOf, 7 * i), to: addDays(asOf, 7 * i + 6) }
      : { from: i === 0 ? asOf : monthStart(addMonths(asOf, i)), to: monthEnd(addMonths(asOf, i)) },
  );
}

/** Index of the period a day falls in, -1 before the first, `periods.length` after the last. */
export function periodIndex(periods: readonly Period[], day: string): number {
  if (day < periods[0]!.from) return -1;
  const i = periods.findIndex((p) => day <= p.to);
  return i === -1 ? periods.length : i;
}
