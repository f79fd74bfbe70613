import type { SecretStore } from '../outbox/secret-store';
import { sealBackupPassword } from './backup-password';
import fs from 'node:fs';
import { AppError } from '../../../src-shared/contract/errors';
import type { Language } from '../../../src-shared/i18n/language';
import { translate } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import type { DomainHandlers } from '../../core/registry';
import type { AppConfigFile } from '../../store/app-config';
import { BackupError } from '../../store/backup-error';
import type { BackupService } from './backup-service';

/** A refused backup in the user's words: what is wrong and that nothing was changed. */
export function backupRefusal(language: Language, error: BackupError): AppError {
  return new AppError({
    kind: error.reason === 'not_found' ? 'not_found' : 'validation',
    message: translate(language, `backups.error.${error.reason}`),
  });
}

/** Runs a backup step, turning a BackupError into the user's message. */
export async function explained<T>(ctx: HandlerContext, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw backupRefusal(await ctx.language(), error);
    throw error;
  }
}

export function backupHandlers(backups: BackupService, config: AppConfigFile, secrets: SecretStore): DomainHandlers<'backup'> {
  return {
    'backup/status': () => backups.status(),
    'backup/list': () => backups.list(),
    'backup/create': (_args, ctx) => explained(ctx, () => backups.create('manual')),
    'backup/verify': ({ name }, ctx) => explained(ctx, () => backups.verify(name)),
    'backup/settings': async ({ folder, schedule, password }, ctx) => {
      if (folder) {
        try {
          fs.mkdirSync(folder, { recursive: true });
          fs.accessSync(folder, fs.constants.W_OK);
        } catch {
          throw new AppError({ kind: 'validation', message: translate(await ctx.language(), 'backups.error.folder') });
        }
      }
      const sealed = password === undefined ? undefined : await sealBackupPassword(secrets, password);
      config.update((c) => {
        if (folder !== undefined) c.backup.folder = folder;
        if (schedule !== undefined) c.backup.schedule = schedule;
        if (sealed !== undefined) c.backup.password = sealed;
      });
      return backups.status();
    },
    'backup/restore': ({ name, password }, ctx) => explained(ctx, () => backups.restore(name, password)),
    'backup/undo-restore': (_args, ctx) => explained(ctx, () => backups.undoRestore()),
    'backup/restore-latest': ({ password }, ctx) => explained(ctx, () => backups.restoreLatest(password)),
  };
}
