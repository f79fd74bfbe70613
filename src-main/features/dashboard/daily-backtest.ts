import type { ForecastBacktest } from '../../../src-shared/domain/dashboard/types';
import type { Db } from '../../store/schema';

const keyOf = (weeks: number) => `dashboardBacktest.${weeks}`;

/**
 * The back-test once a day. It covers the weeks up to yesterday, so nothing recorded today changes it, while
 * making it reworks every invoice open eight weeks ago (seconds at a million invoices): it is kept in the
 * settings table with its day and made again on the next day. (A payment back-dated into those weeks shows
 * the next day.)
 */
export async function backtestOfTheDay(
  db: Db,
  today: string,
  weeks: number,
  make: () => Promise<ForecastBacktest>,
): Promise<ForecastBacktest> {
  const key = keyOf(weeks);
  const stored = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (stored) {
    const { day, value } = JSON.parse(stored.value) as { day: string; value: ForecastBacktest };
    if (day === today) return value;
  }
  const value = await make();
  const row = { key, value: JSON.stringify({ day: today, value }), updated_at: new Date().toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
  return value;
}
