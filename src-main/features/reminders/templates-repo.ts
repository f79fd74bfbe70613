import type { z } from 'zod';
import type { templateSaveInput } from '../../../src-shared/domain/reminders/schemas';
import type { ReminderTemplate } from '../../../src-shared/domain/reminders/types';
import type { Language } from '../../../src-shared/i18n/language';
import type { Db } from '../../store/schema';

export async function loadTemplates(db: Db): Promise<ReminderTemplate[]> {
  const rows = await db.selectFrom('reminder_templates').selectAll().orderBy('code').orderBy('language').execute();
  return rows.map((r) => ({
    code: r.code,
    language: r.language as Language,
    channel: r.channel,
    subject: r.subject,
    body: r.body,
  }));
}

/** The template in the customer's language, else in Turkish, else in any language it exists in. */
export function pickTemplate(
  templates: readonly ReminderTemplate[],
  code: string,
  language: Language,
): ReminderTemplate | undefined {
  const same = templates.filter((t) => t.code === code);
  return same.find((t) => t.language === language) ?? same.find((t) => t.language === 'tr') ?? same[0];
}

export async function writeTemplate(db: Db, input: z.output<typeof templateSaveInput>, now: string): Promise<void> {
  const row = { ...input, updated_at: now };
  await db
    .insertInto('reminder_templates')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['code', 'language'])
        .doUpdateSet({ channel: row.channel, subject: row.subject, body: row.body, updated_at: now }),
    )
    .execute();
}
