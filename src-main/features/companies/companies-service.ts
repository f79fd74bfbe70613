import type { SecretStore } from '../../store/secrets/secret-store';
import type { ServerConnections } from './server-connections';
import { backupPassword } from '../backups/backup-password';
import fs from 'node:fs';
import path from 'node:path';
import type { AppEvent } from '../../../src-shared/contract/events';
import type { CompanyFile } from '../../../src-shared/domain/companies/types';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import type { AppConfigFile } from '../../store/app-config';
import { copyDatabase } from '../../store/backup';
import { verifiedCopy } from '../../store/backup-verify';
import type { CompanySession } from '../../store/company-session';
import { companyDatabaseFile } from '../../store/data-dir';
import { LATEST_SCHEMA, openStore, type Store } from '../../store/open-store';
import { openSqliteFile } from '../../store/sqlite-file';

const COMPANY_FILE = /^([a-z0-9][a-z0-9-]{0,63})\.vade\.sqlite$/;

/** Where the command line's server company lives, read back from its masked URL. */
function pinnedAddress(label: string): { host: string; port: number; database: string; user: string } {
  try {
    const url = new URL(label);
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      database: decodeURIComponent(url.pathname.slice(1)),
      user: decodeURIComponent(url.username),
    };
  } catch {
    return { host: label, port: 5432, database: '', user: '' };
  }
}

export interface CompaniesDeps {
  session: CompanySession;
  config: AppConfigFile;
  publish(event: AppEvent): void;
  /** Unseals the backup password, tried on an encrypted file brought in without one. */
  secrets: SecretStore;
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** The server companies saved on this PC. */
  servers: ServerConnections;
  /** The company opened by the command line's `--database-url` (not saved on this PC), by its id. */
  pinned?: string | null;
  /**
   * Runs a switch to or from a server company with the background services stopped and made again after: the
   * office's services (runner lock, change feed) and the scheduled file backups are made for one kind of store.
   */
  aroundStoreChange?: (work: () => Promise<void>) => Promise<void>;
}

/** Several companies in one data folder, one database file each; the open one is remembered in vade-app.json. */
export class CompaniesService {
  readonly #now: () => Date;

  constructor(private readonly deps: CompaniesDeps) {
    this.#now = deps.now ?? (() => new Date());
  }

  get #folder(): string {
    return path.dirname(companyDatabaseFile(this.deps.session.dataDir));
  }

  /** The open company as one end of a copy, and the data folder. */
  openEnd(): { db: Store['db']; label: string; dataDir: string } {
    const store = this.deps.session.store;
    return { db: store.db, label: store.file, dataDir: this.deps.session.dataDir };
  }

  list(): CompanyFile[] {
    const ids = fs.existsSync(this.#folder)
      ? fs.readdirSync(this.#folder).flatMap((name) => COMPANY_FILE.exec(name)?.[1] ?? [])
      : [];
    for (const id of this.deps.servers.ids()) if (!ids.includes(id)) ids.push(id);
    if (!ids.includes(this.deps.session.company)) ids.push(this.deps.session.company);
    return ids
      .map((id) => this.describe(id))
      .sort(
        (a, b) =>
          Number(b.current) - Number(a.current) ||
          (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? '') ||
          (a.name ?? a.id).localeCompare(b.name ?? b.id, 'tr'),
      );
  }

  get(id: string): CompanyFile | null {
    return fs.existsSync(companyDatabaseFile(this.deps.session.dataDir, id)) ||
      id === this.deps.session.company ||
      this.#onServer(id)
      ? this.describe(id)
      : null;
  }

  /** A new, empty company file with the current schema; then it is opened. */
  async create(name: string): Promise<CompanyFile> {
    return (await this.createFilled(name, () => undefined)).company;
  }

  /**
   * A new company file filled by `fill` on its own connection before anyone sees it (the demo company), then
   * opened. The company that was open is left as it was; a fill that fails leaves no file behind.
   */
  async createFilled<T>(name: string, fill: (store: Store) => T | Promise<T>): Promise<{ company: CompanyFile; filled: T }> {
    const id = this.freeId(name);
    const file = companyDatabaseFile(this.deps.session.dataDir, id);
    const store = await openStore(this.deps.session.dataDir, { company: id, nativeBinding: this.deps.nativeBinding });
    let filled: T;
    try {
      filled = await fill(store);
    } catch (error) {
      await store.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      throw error;
    }
    await store.close();
    this.deps.config.update((c) => {
      c.companies[id] = { name, lastOpenedAt: null };
    });
    return { company: await this.open(id), filled };
  }

  /** The open company's id. */
  currentId(): string {
    return this.deps.session.company;
  }

  /** Opens a company; `reopen` opens the open one again (its server connection was changed). */
  async open(id: string, options: { reopen?: boolean } = {}): Promise<CompanyFile> {
    if (id !== this.deps.session.company || options.reopen) {
      const crossing = this.deps.session.store.kind === 'postgres' || this.#onServer(id);
      const replace = () => this.deps.session.replace(id);
      await (crossing && this.deps.aroundStoreChange ? this.deps.aroundStoreChange(replace) : replace());
    }
    this.deps.config.update((c) => {
      c.currentCompany = id;
      c.companies[id] = { name: c.companies[id]?.name ?? null, lastOpenedAt: this.#now().toISOString() };
    });
    this.deps.publish({ type: 'store/replaced' });
    return this.describe(id);
  }

  rename(id: string, name: string): CompanyFile {
    this.deps.config.update((c) => {
      c.companies[id] = { name, lastOpenedAt: c.companies[id]?.lastOpenedAt ?? null };
    });
    this.deps.publish({ type: 'store/replaced' });
    return this.describe(id);
  }

  /**
   * Copies a company file or backup from elsewhere in as a new company: checked first on a private copy
   * (decrypted if needed), then written with the online backup API under a temporary name and renamed.
   */
  async importFile(source: string, name: string, password: string | undefined, open: boolean): Promise<CompanyFile> {
    const copy = await verifiedCopy(source, {
      password: password || (await backupPassword(this.deps.config, this.deps.secrets)),
      scratchDir: path.join(this.deps.session.dataDir, 'tmp'),
      latestSchema: LATEST_SCHEMA,
    });
    const id = this.freeId(name);
    const target = companyDatabaseFile(this.deps.session.dataDir, id);
    try {
      const db = openSqliteFile(copy.file, { readonly: true, fileMustExist: true });
      try {
        await copyDatabase(db, `${target}.partial`);
      } finally {
        db.close();
      }
      fs.renameSync(`${target}.partial`, target);
    } finally {
      copy.release();
      fs.rmSync(`${target}.partial`, { force: true });
    }
    this.deps.config.update((c) => {
      c.companies[id] = { name, lastOpenedAt: null };
    });
    return open ? this.open(id) : this.describe(id);
  }

  #onServer(id: string): boolean {
    return this.deps.servers.saved(id) !== undefined || id === this.deps.pinned;
  }

  describe(id: string): CompanyFile {
    const entry = this.deps.config.read().companies[id];
    const server = this.deps.servers.saved(id);
    const current = id === this.deps.session.company;
    if (server || (current && id === this.deps.pinned)) {
      const { host, port, database, user } = server ?? pinnedAddress(this.deps.session.file);
      return {
        id,
        name: entry?.name ?? null,
        current,
        size: 0,
        lastOpenedAt: entry?.lastOpenedAt ?? null,
        location: 'server',
        server: { host, port, database, user },
      };
    }
    const stat = fs.statSync(companyDatabaseFile(this.deps.session.dataDir, id), { throwIfNoEntry: false });
    return {
      id,
      name: entry?.name ?? null,
      current,
      size: stat?.size ?? 0,
      lastOpenedAt: entry?.lastOpenedAt ?? null,
      location: 'file',
      server: null,
    };
  }

  /** A file stem from the name (ASCII, lower case), "-2", "-3"… when taken by a file or a saved server company. */
  freeId(name: string): string {
    const base = safeFileNamePart(name, 40).toLowerCase().replace(/_/g, '-') || 'company';
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!fs.existsSync(companyDatabaseFile(this.deps.session.dataDir, id)) && !this.#onServer(id)) return id;
    }
  }
}
