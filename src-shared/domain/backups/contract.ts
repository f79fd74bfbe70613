import { z } from 'zod';
import { query } from '../../contract/method';
import { backupNameInput, backupRestoreInput, backupRestoreLatestInput, backupSettingsInput } from './schemas';
import type { BackupEntry, BackupStatus, RestoreResult } from './types';

// Backups copy, check and swap whole database files: they run outside a transaction (as queries) and
// announce what they changed with `backups/changed` and `store/replaced`.
export const backupsContract = {
  'backup/status': query<BackupStatus>()(
    z.object({}).strict(),
    'Backup folder, schedule, encryption and whether the database is damaged',
  ),
  'backup/list': query<BackupEntry[]>()(
    z.object({}).strict(),
    "The current company's backups, newest first, with their last check",
  ),
  'backup/create': query<BackupEntry>()(
    z.object({}).strict(),
    'Back up the company now (online backup API), then check the file',
  ),
  'backup/verify': query<BackupEntry>()(
    backupNameInput,
    'Check one backup: decrypt to a temporary copy, integrity_check, schema version',
  ),
  'backup/settings': query<BackupStatus>()(
    backupSettingsInput,
    'Change the backup folder, schedule (daily, weekly, off) or encryption password',
  ),
  'backup/restore': query<RestoreResult>()(
    backupRestoreInput,
    'Replace the company database with a checked backup; the current one is kept aside for undo',
  ),
  'backup/undo-restore': query<{ undone: boolean }>()(z.object({}).strict(), 'Put back the database the last restore replaced'),
  'backup/restore-latest': query<RestoreResult>()(
    backupRestoreLatestInput,
    'Restore the newest backup that passes its check (for a damaged database)',
  ),
};
