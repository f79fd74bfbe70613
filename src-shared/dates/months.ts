import { addDays, type BusinessDate } from './business-date';

const parts = (date: BusinessDate): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
};
const format = (y: number, m: number, d: number): BusinessDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const monthStart = (date: BusinessDate): BusinessDate => `${date.slice(0, 8)}01`;

export const monthEnd = (date: BusinessDate): BusinessDate => {
  const [y, m] = parts(date);
  return format(y, m, daysInMonth(y, m));
};

/** The same day `months` months later (or earlier when negative); the 31st falls back to a shorter month's last day. */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The full calendar month before the one `date` is in. */
export const previousMonth = (date: BusinessDate): { from: BusinessDate; to: BusinessDate } => {
  const to = addDays(monthStart(date), -1);
  return { from: monthStart(to), to };
};
