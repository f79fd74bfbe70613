import { DEFAULT_SETTINGS, type Settings } from '../../../src-shared/domain/settings/schemas';
import { LANGUAGES } from '../../../src-shared/i18n/language';
import type { Db } from '../../store/schema';

/** Settings are key/value rows with JSON values; unknown or malformed values fall back to defaults. */
export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = new Map(rows.map((r) => [r.key, safeJson(r.value)]));
  const language = stored.get('language');
  return {
    language: LANGUAGES.includes(language as Settings['language'])
      ? (language as Settings['language'])
      : DEFAULT_SETTINGS.language,
    setupDismissed: stored.get('setupDismissed') === true,
  };
}

export async function writeSettings(db: Db, changes: Partial<Settings>, now: Date): Promise<void> {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) await writeSettingValue(db, key, value, now);
}

/** Stores one JSON value under a key of the settings table (a setting, or a marker such as a refresh's day). */
export async function writeSettingValue(db: Db, key: string, value: unknown, now: Date): Promise<void> {
  const row = { key, value: JSON.stringify(value), updated_at: now.toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}

/** A stored JSON value, or undefined when it cannot be read (then the caller's default applies). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
