import type { Db } from '../store/schema';

/** Saturday and Sunday, and the days in `holidays` (a half day still counts: the morning is worked). */
export async function isBusinessDay(db: Db, day: string): Promise<boolean> {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const holiday = await db.selectFrom('holidays').select('kind').where('date', '=', day).executeTakeFirst();
  return !holiday || holiday.kind === 'half_day';
}

/** 'HH:MM' of a moment on this computer's clock. */
export const localClock = (now: Date): string =>
  `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
