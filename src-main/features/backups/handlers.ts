import type { SecretStore } from '../../store/secrets/secret-store';
import { sealBackupPassword } from './backup-password';
import { AppError } from '../../../src-shared/contract/errors';
import type { Language } from '../../../src-shared/i18n/language';
import { translate } from '../../../src-shared/i18n/translate';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';
import type { DocumentHost } from '../../documents/document-host';
import { makeFolder } from '../../store/make-folder';
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

export interface BackupHandlerDeps {
  backups: BackupService;
  config: AppConfigFile;
  secrets: SecretStore;
  /** The system's folder dialog in the desktop app; none in a browser or the CLI. */
  host: DocumentHost;
  mode: RunMode;
}

/**
 * The folder full database copies go to: typed on the command line, or picked in the system's dialog. A window
 * never names it (a page on the loopback bridge could otherwise have copies written anywhere).
 */
async function backupFolder(
  ctx: HandlerContext,
  deps: BackupHandlerDeps,
  input: { folder?: string | null | undefined; chooseFolder?: true | undefined },
): Promise<string | null | undefined> {
  if (typeof input.folder === 'string' && deps.mode !== 'cli')
    throw fieldError(await ctx.language(), 'validation', ['folder'], 'backups.validation.folderCliOnly');
  const folder = input.chooseFolder ? ((await deps.host.openFolder('backups')) ?? undefined) : input.folder;
  if (typeof folder === 'string') {
    try {
      makeFolder(folder);
    } catch {
      throw fieldError(await ctx.language(), 'validation', ['folder'], 'backups.error.folder');
    }
  }
  return folder;
}

export function backupHandlers(deps: BackupHandlerDeps): DomainHandlers<'backups'> {
  const { backups, config, secrets } = deps;
  return {
    'backups/status': () => backups.status(),
    'backups/list': () => backups.list(),
    'backups/create': (_args, ctx) => explained(ctx, () => backups.create('manual')),
    'backups/verify': ({ name }, ctx) => explained(ctx, () => backups.verify(name)),
    'backups/settings': async ({ folder: given, chooseFolder, schedule, password }, ctx) => {
      const folder = await backupFolder(ctx, deps, { folder: given, chooseFolder });
      const sealed = password === undefined ? undefined : await sealBackupPassword(secrets, password);
      config.update((c) => {
        if (folder !== undefined) c.backup.folder = folder;
        if (schedule !== undefined) c.backup.schedule = schedule;
        if (sealed !== undefined) c.backup.password = sealed;
      });
      return backups.status();
    },
    'backups/restore': ({ name, password }, ctx) => explained(ctx, () => backups.restore(name, password)),
    'backups/undo-restore': (_args, ctx) => explained(ctx, () => backups.undoRestore()),
    'backups/restore-latest': ({ password }, ctx) => explained(ctx, () => backups.restoreLatest(password)),
  };
}
