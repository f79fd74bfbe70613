import { z } from 'zod';
import { action, query } from '../../contract/method';
import { backupNameInput, backupRestoreInput, backupRestoreLatestInput, backupSettingsInput } from './schemas';
import type { BackupEntry, BackupStatus, RestoreResult } from './types';

// Backups copy, check and swap whole database files: they run outside a transaction (as queries) and
// announce what they changed with `backups/changed` and `store/replaced`.
export const backupsContract = {
  'backups/status': query<BackupStatus>()(
    z.object({}).strict(),
    'Backup folder, schedule, encryption and whether the database is damaged',
  ),
  'backups/list': query<BackupEntry[]>()(
    z.object({}).strict(),
    "The current company's backups, newest first, with their last check",
  ),
  'backups/create': action<BackupEntry>()(
    z.object({}).strict(),
    'Back up the company now (online backup API), then check the file',
    {
      outside: ['backups'],
      detail:
        'Writes a backup file (online backup API) into the backup folder, checks it, rotates old ones and records the check beside it.',
      storeWrites: false,
    },
  ),
  'backups/verify': action<BackupEntry>()(
    backupNameInput,
    'Check one backup: decrypt to a temporary copy, integrity_check, schema version',
    {
      outside: ['backups'],
      detail: 'Decrypts a backup to a temporary copy and checks it; records the result beside the backup.',
      storeWrites: false,
    },
  ),
  'backups/settings': action<BackupStatus>()(
    backupSettingsInput,
    'Change the backup folder, schedule (daily, weekly, off) or encryption password',
    {
      outside: ['backups'],
      detail:
        "Changes the backup folder, schedule or password in the data folder's vade-app.json (the password sealed by the secret store).",
      storeWrites: false,
    },
  ),
  'backups/restore': action<RestoreResult>()(
    backupRestoreInput,
    'Replace the company database with a checked backup; the current one is kept aside for undo',
    {
      outside: ['backups', 'companies'],
      detail:
        'Replaces the company file with a checked backup (the current one kept aside for undo) and reopens it: `store/replaced`.',
      storeWrites: false,
    },
  ),
  'backups/undo-restore': action<{ undone: boolean }>()(z.object({}).strict(), 'Put back the database the last restore replaced', {
    outside: ['backups', 'companies'],
    detail: 'Puts back the company file the last restore replaced and reopens it: `store/replaced`.',
    storeWrites: false,
  }),
  'backups/restore-latest': action<RestoreResult>()(
    backupRestoreLatestInput,
    'Restore the newest backup that passes its check (for a damaged database)',
    {
      outside: ['backups', 'companies'],
      detail: 'Replaces a damaged company file with the newest backup that passes its check and reopens it: `store/replaced`.',
      storeWrites: false,
    },
  ),
};
