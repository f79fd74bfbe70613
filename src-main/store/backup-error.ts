import type { BackupProblem } from '../../src-shared/domain/backups/types';

export type BackupErrorReason = BackupProblem;

/** A backup (or a company file from elsewhere) that cannot be used; nothing was changed because of it. */
export class BackupError extends Error {
  constructor(
    readonly reason: BackupErrorReason,
    readonly file: string,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(`${file}: ${reason}${options?.detail ? ` (${options.detail})` : ''}`, options);
    this.name = 'BackupError';
  }
}
