import type { BackgroundService } from '../../core/services';
import { BackupScheduler } from './backup-scheduler';
import type { BackupService } from './backup-service';

/** The backups' background service: automatic backups on a schedule and on close, where the backend asks for them. */
export function backupsServices(deps: { backups: BackupService; scheduled: boolean | undefined }): BackgroundService | null {
  return deps.scheduled ? new BackupScheduler(deps.backups) : null;
}
