import { addDays, type BusinessDate } from './business-date';

/** Days on which nothing is due: public holidays and the company's own closures (not half days). */
export type ClosedDays = ReadonlySet<BusinessDate>;

export const NO_CLOSED_DAYS: ClosedDays = new Set();

export function isWeekend(date: BusinessDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The holidays that close a day. A half day (arife) is worked in the morning — banks and notaries open —
 * so it stays a business day; a public holiday or a company closure does not.
 */
export function closedDaysOf(holidays: readonly { date: BusinessDate; kind: string }[]): ClosedDays {
  return new Set(holidays.filter((h) => h.kind !== 'half_day').map((h) => h.date));
}

export const isBusinessDay = (date: BusinessDate, closed: ClosedDays): boolean => !isWeekend(date) && !closed.has(date);

/** The day itself when it is a business day, otherwise the first business day after it. */
export function nextBusinessDay(date: BusinessDate, closed: ClosedDays): BusinessDate {
  let day = date;
  while (!isBusinessDay(day, closed)) day = addDays(day, 1);
  return day;
}

/** The `count`-th business day after `date` (not counting `date` itself). */
export function addBusinessDays(date: BusinessDate, count: number, closed: ClosedDays): BusinessDate {
  let day = date;
  for (let n = 0; n < count; n += 1) day = nextBusinessDay(addDays(day, 1), closed);
  return day;
}
