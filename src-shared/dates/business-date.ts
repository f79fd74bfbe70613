/**
 * Business dates are 'YYYY-MM-DD' strings with no time zone: a due date is a calendar day, wherever the
 * computer is. Arithmetic goes through UTC midnight so daylight-saving never shifts a day.
 */
export type BusinessDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isBusinessDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The years a business date may fall in. A receivables desk has nothing to do with 1900 or 9999, and such a
 * day is always a typing slip (or a probe); every business-date input refuses it (`businessDateSchema`).
 */
export const BUSINESS_YEARS = { min: 2000, max: 2100 } as const;

export function isPlausibleBusinessDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return isBusinessDate(value) && year >= BUSINESS_YEARS.min && year <= BUSINESS_YEARS.max;
}

const toUtcMs = (date: BusinessDate): number => Date.parse(`${date}T00:00:00Z`);
const fromUtcMs = (ms: number): BusinessDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: BusinessDate, days: number): BusinessDate => fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: BusinessDate, to: BusinessDate): number => Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);

/** Today on this computer's calendar (what the user sees on the wall). */
export function todayLocal(now = new Date()): BusinessDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
