import type { PlanSettings } from '../../../src-shared/domain/plans/types';
import type { Db } from '../../store/schema';
import { safeJson } from '../settings/settings-repo';

/** Kept in the settings table under this feature's own key. */
const GRACE_KEY = 'plans.graceDays';
export const DEFAULT_GRACE_DAYS = 7;

export async function readPlanSettings(db: Db): Promise<PlanSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', GRACE_KEY).executeTakeFirst();
  const value = row ? safeJson(row.value) : undefined;
  return { graceDays: Number.isInteger(value) && (value as number) >= 0 ? (value as number) : DEFAULT_GRACE_DAYS };
}

export async function writePlanSettings(db: Db, settings: PlanSettings, now: Date): Promise<void> {
  const row = { key: GRACE_KEY, value: JSON.stringify(settings.graceDays), updated_at: now.toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}
