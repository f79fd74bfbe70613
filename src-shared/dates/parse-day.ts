import { isBusinessDate } from './business-date';

/**
 * What people type or spreadsheets hold — 31.12.2026, 31/12/26, 1-2-2026, 2026-12-31 — as 'YYYY-MM-DD',
 * or null when it is not a day.
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (isBusinessDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) return null;
  const [, d = '', m = '', y = ''] = match;
  const day = `${y.length === 2 ? `20${y}` : y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isBusinessDate(day) ? day : null;
}
