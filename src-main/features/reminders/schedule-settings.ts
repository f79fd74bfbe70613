import { DEFAULT_SCHEDULE, scheduleInput } from '../../../src-shared/domain/reminders/schemas';
import type { ReminderSchedule } from '../../../src-shared/domain/reminders/types';
import type { Db } from '../../store/schema';
import { safeJson } from '../settings/settings-repo';

/** Stored under its own key in the settings table; an unreadable value falls back to 09:00–18:00. */
const KEY = 'reminders.schedule';

export async function readSchedule(db: Db): Promise<ReminderSchedule> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const parsed = scheduleInput.safeParse(row ? safeJson(row.value) : undefined);
  return parsed.success ? parsed.data : { ...DEFAULT_SCHEDULE };
}

export async function writeSchedule(db: Db, schedule: ReminderSchedule, now: Date): Promise<void> {
  const row = { key: KEY, value: JSON.stringify(schedule), updated_at: now.toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}
