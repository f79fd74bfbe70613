import { z } from 'zod';
import type { MethodArgs } from '../../../src-shared/contract/methods';
import { SMTP_SECURITY } from '../../../src-shared/domain/outbox/schemas';
import type { SmtpSettingsView } from '../../../src-shared/domain/outbox/types';
import type { Db } from '../../store/schema';
import { safeJson } from '../settings/settings-repo';
import type { SecretStore } from '../../store/secrets/secret-store';

/** One row of the key/value `settings` table; the password only encrypted. */
const KEY = 'outbox.smtp';

const stored = z.object({
  host: z.string(),
  port: z.number().int(),
  security: z.enum(SMTP_SECURITY),
  user: z.string(),
  passwordSecret: z.string().nullable(),
  fromName: z.string(),
  fromAddress: z.string(),
  replyTo: z.string(),
});
export type StoredSmtpSettings = z.infer<typeof stored>;

export async function readSmtpSettings(db: Db): Promise<StoredSmtpSettings | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const parsed = stored.safeParse(row ? safeJson(row.value) : undefined);
  return parsed.success ? parsed.data : null;
}

export async function writeSmtpSettings(db: Db, input: MethodArgs<'outbox/update-settings'>, secrets: SecretStore, now: Date) {
  const current = await readSmtpSettings(db);
  const { password, ...rest } = input;
  const passwordSecret =
    password === undefined ? (current?.passwordSecret ?? null) : password === '' ? null : await secrets.encrypt(password);
  const value: StoredSmtpSettings = { ...rest, passwordSecret };
  const row = { key: KEY, value: JSON.stringify(value), updated_at: now.toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}

export function smtpSettingsView(settings: StoredSmtpSettings | null, secrets: SecretStore): SmtpSettingsView {
  return {
    configured: settings !== null,
    host: settings?.host ?? '',
    port: settings?.port ?? 587,
    security: settings?.security ?? 'starttls',
    user: settings?.user ?? '',
    passwordSet: Boolean(settings?.passwordSecret),
    fromName: settings?.fromName ?? '',
    fromAddress: settings?.fromAddress ?? '',
    replyTo: settings?.replyTo ?? '',
    secretStorage: secrets.kind,
  };
}
