import { z } from 'zod';
import { BACKUP_SCHEDULES } from './types';

export const backupNameSchema = z.string().regex(/^[^/\\]{1,200}\.vade\.(sqlite|enc)$/, { error: 'validation.invalid' });

const passwordSchema = z.string().min(8, { error: 'backups.validation.passwordShort' }).max(200, { error: 'validation.tooLong' });

export const backupSettingsInput = z
  .object({
    /**
     * An absolute folder path, from the CLI only (a window cannot name where full database copies go);
     * null: back to the data folder's backups/.
     */
    folder: z
      .string()
      .trim()
      .max(1000, { error: 'validation.tooLong' })
      .refine((v) => /^([a-zA-Z]:[\\/]|[\\/])/.test(v), { error: 'backups.validation.folderAbsolute' })
      .nullable()
      .optional(),
    /** Ask the user for the folder with the system's dialog (the desktop app); nothing changes if cancelled. */
    chooseFolder: z.literal(true).optional(),
    schedule: z.enum(BACKUP_SCHEDULES).optional(),
    /** A new password (new backups are encrypted with it); null turns encryption off. */
    password: passwordSchema.nullable().optional(),
  })
  .strict();

export const backupNameInput = z.object({ name: backupNameSchema }).strict();

export const backupRestoreInput = z
  .object({
    name: backupNameSchema,
    /** For an encrypted backup made with another password than the current one. */
    password: z.string().max(200).optional(),
  })
  .strict();

export const backupRestoreLatestInput = z.object({ password: z.string().max(200).optional() }).strict();

export type BackupSettingsInput = z.input<typeof backupSettingsInput>;
