export const BACKUP_KINDS = ['manual', 'auto', 'before-import', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const BACKUP_SCHEDULES = ['daily', 'weekly', 'off'] as const;
export type BackupScheduleSetting = (typeof BACKUP_SCHEDULES)[number];

/** Why a backup file cannot be used (each has a message under `backups.error.<reason>`). */
export type BackupProblem =
  | 'not_a_backup'
  | 'not_vade'
  | 'damaged'
  | 'wrong_password'
  | 'password_required'
  | 'newer_format'
  | 'newer_schema'
  | 'not_found';

export interface BackupCheck {
  status: 'ok' | 'failed' | 'unchecked';
  problem?: BackupProblem;
  schemaVersion?: number;
  checkedAt?: string;
}

export interface BackupEntry {
  /** The file name: what `backups/restore` and `backups/verify` take. */
  name: string;
  kind: BackupKind;
  createdAt: string;
  size: number;
  encrypted: boolean;
  check: BackupCheck;
}

export interface BackupStatus {
  company: string;
  folder: string;
  defaultFolder: string;
  schedule: BackupScheduleSetting;
  /** A password is set: new backups are encrypted. */
  encrypted: boolean;
  lastBackupAt: string | null;
  /** The company file could not be opened: the app offers the latest good backup. */
  damaged: { file: string; message: string } | null;
  /** The last restore, while it can be undone. */
  lastRestore: { backupName: string; at: string } | null;
}

export interface RestoreResult {
  restoredFrom: string;
  schemaVersion: number;
  /** Where the replaced database waits, for `backups/undo-restore`. */
  asideFile: string;
}
