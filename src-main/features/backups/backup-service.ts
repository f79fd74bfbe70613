import type { SecretStore } from '../../store/secrets/secret-store';
import { backupPassword } from './backup-password';
import fs from 'node:fs';
import path from 'node:path';
import type { AppEvent } from '../../../src-shared/contract/events';
import type { BackupEntry, BackupStatus, RestoreResult } from '../../../src-shared/domain/backups/types';
import type { AppConfig, AppConfigFile, StoredCheck } from '../../store/app-config';
import { backupInto, fileStamp } from '../../store/backup';
import { copyToCompanyFile } from '../../store/copy/company-file-copy';
import { restoreFileToServer } from '../../store/copy/server-backup';
import { BackupError } from '../../store/backup-error';
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from '../../store/backup-rotation';
import { checkBackup, verifiedCopy, type VerifiedCopy } from '../../store/backup-verify';
import type { CompanySession } from '../../store/company-session';
import { backupsDir } from '../../store/data-dir';
import { LATEST_SCHEMA } from '../../store/open-store';
import { listBackupFiles, type BackupFile } from './backup-files';

export interface BackupServiceDeps {
  session: CompanySession;
  config: AppConfigFile;
  publish(event: AppEvent): void;
  /** Unseals the backup password kept in vade-app.json. */
  secrets: SecretStore;
  now?: () => Date;
  rotation?: RotationPolicy;
}

const CHECK_BEFORE_ANSWER_BYTES = 64 * 1024 * 1024;

/** Kinds made on demand or by the app before a risky step: the newest few of each are kept. */
const KEEP_EACH_BEFORE_KIND = 10;

/**
 * Backups of the open company: made with the online backup API (optionally encrypted), checked after
 * writing, rotated, listed with their last check, restored after a check with the replaced database kept
 * aside for undo.
 */
export class BackupService {
  readonly #deps: BackupServiceDeps;
  readonly #now: () => Date;

  constructor(deps: BackupServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  get #session() {
    return this.#deps.session;
  }

  get defaultFolder(): string {
    return backupsDir(this.#session.dataDir);
  }

  folder(): string {
    return this.#deps.config.read().backup.folder ?? this.defaultFolder;
  }

  /** Migration backups stay in the data folder; the chosen folder holds the rest. Both are listed. */
  #folders(): string[] {
    return [...new Set([this.folder(), this.defaultFolder])];
  }

  #scratch(): string {
    return path.join(this.#session.dataDir, 'tmp');
  }

  #files(): BackupFile[] {
    return listBackupFiles(this.#folders(), this.#session.company);
  }

  status(): BackupStatus {
    const config = this.#deps.config.read();
    const last = this.#files()[0];
    const restore = config.lastRestore?.company === this.#session.company ? config.lastRestore : null;
    return {
      company: this.#session.company,
      folder: this.folder(),
      defaultFolder: this.defaultFolder,
      schedule: config.backup.schedule,
      encrypted: config.backup.password !== null,
      lastBackupAt: last ? last.createdAt.toISOString() : null,
      damaged: this.#session.damaged,
      lastRestore: restore ? { backupName: restore.backupName, at: restore.at } : null,
    };
  }

  list(): BackupEntry[] {
    const checks = this.#deps.config.read().checks;
    return this.#files().map((file) => toEntry(file, checks[file.name]));
  }

  /**
   * Backs up the open company now into the chosen folder, checks the new file and rotates automatic
   * backups. Exported for other features: an import calls `create('before-import')` first.
   */
  async create(kind: 'manual' | 'auto' | 'before-import' | 'before-restore' = 'manual'): Promise<BackupEntry> {
    await this.#session.checked; // a copy of a file whose check is still running could rotate out a good backup
    if (this.#session.damaged) throw new BackupError('damaged', this.#session.file);
    const password = await backupPassword(this.#deps.config, this.#deps.secrets);
    const options = { password, now: this.#now(), scratchDir: this.#scratch() };
    const store = this.#session.store;
    // A server company is backed up as the app's own logical copy: a company file with every table's rows.
    const file = await backupInto(
      (plain) => copyToCompanyFile(store, plain),
      this.#session.company,
      this.folder(),
      kind,
      options,
    );
    const name = path.basename(file);
    this.rotate();
    this.#deps.publish({ type: 'backups/changed' });
    // A small company's backup is checked before the answer; a large one's (integrity_check reads every
    // page: minutes at a million invoices) in the background, and the list updates when it is done.
    if (fs.statSync(file).size <= CHECK_BEFORE_ANSWER_BYTES) return this.verify(name);
    void this.verify(name)
      .then(() => this.#deps.publish({ type: 'backups/changed' }))
      .catch((error: unknown) => console.error('Checking a backup failed', error));
    return this.list().find((e) => e.name === name)!;
  }

  /** Checks one backup on a private copy and remembers the result (until the file changes). */
  async verify(name: string, password?: string): Promise<BackupEntry> {
    const file = this.#find(name);
    let check: StoredCheck;
    try {
      const schemaVersion = await checkBackup(file.path, await this.#verifyOptions(password));
      check = { size: file.size, mtimeMs: file.mtimeMs, ok: true, schemaVersion, checkedAt: this.#now().toISOString() };
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      check = { size: file.size, mtimeMs: file.mtimeMs, ok: false, reason: error.reason, checkedAt: this.#now().toISOString() };
    }
    this.#deps.config.update((config) => {
      config.checks[name] = check;
    });
    return toEntry(file, check);
  }

  /** Keeps 7 daily, 4 weekly and 12 monthly automatic backups and the newest 10 of each "before" kind. */
  rotate(): string[] {
    const files = this.#files();
    const auto = files.filter((f) => f.kind === 'auto');
    const doomed = new Set(backupsToDelete(auto, this.#deps.rotation ?? DEFAULT_ROTATION, this.#now()));
    for (const kind of ['before-import', 'before-restore', 'before-migration'] as const) {
      for (const old of files.filter((f) => f.kind === kind).slice(KEEP_EACH_BEFORE_KIND)) doomed.add(old.name);
    }
    const removed = files.filter((f) => doomed.has(f.name));
    for (const file of removed) fs.rmSync(file.path, { force: true });
    if (removed.length > 0) {
      this.#deps.config.update((config) => {
        for (const file of removed) delete config.checks[file.name];
      });
    }
    return removed.map((f) => f.name);
  }

  /** Whether the schedule wants an automatic backup now: none (of any kind but "before") today, or this week. */
  due(): boolean {
    const schedule = this.#deps.config.read().backup.schedule;
    if (schedule === 'off' || this.#session.damaged) return false;
    const now = this.#now();
    const since =
      schedule === 'daily'
        ? Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
        : now.getTime() - 7 * 24 * 3600 * 1000;
    return !this.#files().some((f) => (f.kind === 'auto' || f.kind === 'manual') && f.createdAt.getTime() >= since);
  }

  /**
   * Replaces the open company's database with a backup. The backup is checked on a private copy first (a
   * damaged, foreign or too new file changes nothing); the current database is moved aside for undo.
   */
  async restore(name: string, password?: string): Promise<RestoreResult> {
    const file = this.#find(name);
    const copy = await verifiedCopy(file.path, await this.#verifyOptions(password));
    if (this.#session.store.kind === 'postgres') return this.#restoreOnServer(name, copy);
    const session = this.#session;
    const company = session.company;
    const target = session.file;
    const asideFolder = path.join(session.dataDir, 'companies', 'replaced');
    const asideFile = path.join(asideFolder, `${company}-before-restore-${fileStamp(this.#now())}.vade.sqlite`);
    try {
      await session.replace(
        company,
        () => {
          fs.mkdirSync(asideFolder, { recursive: true });
          moveDatabase(target, asideFile);
          fs.renameSync(copy.file, target);
        },
        () => {
          removeDatabase(target);
          moveDatabase(asideFile, target);
        },
      );
    } finally {
      copy.release();
    }
    const previous = this.#rememberRestore(name, asideFile);
    // Only the latest restore can be undone: an older aside file is not needed any more.
    if (previous && previous.asideFile !== asideFile) removeDatabase(previous.asideFile);
    this.#deps.publish({ type: 'store/replaced' });
    return { restoredFrom: name, schemaVersion: session.store.schemaVersion, asideFile };
  }

  /** Notes the restore this PC made (what undo puts back); returns the one noted before. */
  #rememberRestore(backupName: string, asideFile: string): AppConfig['lastRestore'] {
    const previous = this.#deps.config.read().lastRestore;
    this.#deps.config.update((config) => {
      config.lastRestore = { company: this.#session.company, asideFile, backupName, at: this.#now().toISOString() };
    });
    return previous;
  }

  /**
   * A server company's rows are replaced by the backup's in one server transaction (the other PCs see the old
   * company until the commit). What was there is kept first as a "before-restore" backup, listed with the others:
   * it is what undo puts back (it stays a backup, so it is never deleted here).
   */
  async #restoreOnServer(name: string, copy: VerifiedCopy): Promise<RestoreResult> {
    try {
      const before = await this.create('before-restore');
      const store = this.#session.store;
      await restoreFileToServer(copy.file, store.db, store.file);
      const asideFile = path.join(this.folder(), before.name);
      this.#rememberRestore(name, asideFile);
      this.#deps.publish({ type: 'store/replaced' });
      return { restoredFrom: name, schemaVersion: store.schemaVersion, asideFile };
    } finally {
      copy.release();
    }
  }

  /** Puts back the database that the last restore replaced; the restored one is dropped (it is still a backup). */
  async undoRestore(): Promise<{ undone: boolean }> {
    const last = this.#deps.config.read().lastRestore;
    const session = this.#session;
    if (!last || last.company !== session.company || !fs.existsSync(last.asideFile)) return { undone: false };
    if (session.store.kind === 'postgres') return this.#undoOnServer(last.asideFile);
    const target = session.file;
    const restored = `${last.asideFile}.restored`;
    await session.replace(
      session.company,
      () => {
        moveDatabase(target, restored);
        moveDatabase(last.asideFile, target);
      },
      () => {
        moveDatabase(target, last.asideFile);
        moveDatabase(restored, target);
      },
    );
    removeDatabase(restored);
    this.#deps.config.update((config) => {
      config.lastRestore = null;
    });
    this.#deps.publish({ type: 'store/replaced' });
    return { undone: true };
  }

  /** A server company gets the rows of its "before-restore" backup back, checked first like any restore. */
  async #undoOnServer(asideFile: string): Promise<{ undone: boolean }> {
    const copy = await verifiedCopy(asideFile, await this.#verifyOptions(undefined));
    try {
      const store = this.#session.store;
      await restoreFileToServer(copy.file, store.db, store.file);
    } finally {
      copy.release();
    }
    this.#deps.config.update((config) => {
      config.lastRestore = null;
    });
    this.#deps.publish({ type: 'store/replaced' });
    return { undone: true };
  }

  /** The newest backup that passes its check, restored (what the "database damaged" screen offers). */
  async restoreLatest(password?: string): Promise<RestoreResult> {
    let lastError: unknown = new BackupError('not_found', this.folder());
    for (const file of this.#files()) {
      try {
        return await this.restore(file.name, password);
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  #find(name: string): BackupFile {
    const file = this.#files().find((f) => f.name === name);
    if (!file) throw new BackupError('not_found', name);
    return file;
  }

  async #verifyOptions(password: string | undefined) {
    return {
      password: password || (await backupPassword(this.#deps.config, this.#deps.secrets)),
      scratchDir: this.#scratch(),
      latestSchema: LATEST_SCHEMA,
    };
  }
}

function toEntry(file: BackupFile, check: StoredCheck | undefined): BackupEntry {
  const current = check && check.size === file.size && check.mtimeMs === file.mtimeMs ? check : undefined;
  return {
    name: file.name,
    kind: file.kind,
    createdAt: file.createdAt.toISOString(),
    size: file.size,
    encrypted: file.encrypted,
    check: current
      ? {
          status: current.ok ? 'ok' : 'failed',
          checkedAt: current.checkedAt,
          ...(current.schemaVersion !== undefined ? { schemaVersion: current.schemaVersion } : {}),
          ...(current.reason ? { problem: current.reason as NonNullable<BackupEntry['check']['problem']> } : {}),
        }
      : { status: 'unchecked' },
  };
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Moves a closed database with whatever side files it left (a damaged one may have them). */
function moveDatabase(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  fs.renameSync(from, to);
  for (const side of SIDE_FILES) if (fs.existsSync(from + side)) fs.renameSync(from + side, to + side);
}

function removeDatabase(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(file + suffix, { force: true });
}
