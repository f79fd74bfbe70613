import fs from 'node:fs';
import { damagedFile } from './connection';
import { companyDatabaseFile } from './data-dir';
import { integrityCheck } from './integrity-check';
import { openStore, openStoreFile, type Store } from './open-store';
import { StoreError } from './store-error';

export interface DamagedDatabase {
  file: string;
  message: string;
}

export interface SessionOptions {
  nativeBinding?: string | undefined;
  /**
   * Where a company lives: the `postgres://` URL of a company on a server (with its password), or undefined for the
   * data folder's file. Asked at every opening, so a switch can go from a file to a server and back.
   */
  locate?: (company: string) => Promise<string | undefined>;
  /**
   * Keep running when the company file is damaged: an empty in-memory database stands in and `damaged` says
   * why, so the app can offer the latest good backup instead of refusing to start.
   */
  allowDamaged?: boolean;
  /**
   * A company file at least this large (bytes) opens at once and its quick_check runs on a worker thread; damage
   * found there turns the session into the damaged one (as if found on opening with `allowDamaged`).
   */
  deferQuickCheckAbove?: number | undefined;
}

/** ~0.3 s of quick_check: below it the check runs before opening, above it in the background (when allowed). */
export const DEFER_QUICK_CHECK_ABOVE = 64 * 1024 * 1024;

/**
 * The company database the backend works on. Handlers read `session.store` on every call, so a restore or a
 * company switch closes one connection and opens another without rebuilding the backend.
 */
export class CompanySession {
  #store: Store;
  #company: string;
  #damaged: DamagedDatabase | null;
  /** The open server company's URL (with its password; never shown): undefined for a file. */
  #url: string | undefined;
  /** The background quick_check of the open file, if one is running (stopped before the file is closed). */
  #check: { stop: AbortController; done: Promise<void> } | null = null;
  #onDamaged: Array<(damaged: DamagedDatabase) => void> = [];

  private constructor(
    readonly dataDir: string,
    private readonly options: SessionOptions,
    opened: { store: Store; company: string; damaged: DamagedDatabase | null; url: string | undefined },
  ) {
    this.#store = opened.store;
    this.#url = opened.url;
    this.#company = opened.company;
    this.#damaged = opened.damaged;
    this.#checkInBackground();
  }

  static async open(dataDir: string, company: string, options: SessionOptions = {}): Promise<CompanySession> {
    return new CompanySession(dataDir, options, await openCompany(dataDir, company, options));
  }

  get store(): Store {
    return this.#store;
  }

  get company(): string {
    return this.#company;
  }

  /** The company's SQLite file; for a server company, its URL with the password masked. */
  get file(): string {
    return this.#store.kind === 'postgres' ? this.#store.file : companyDatabaseFile(this.dataDir, this.#company);
  }

  /** Set while the company file could not be opened because it is damaged (found on opening or afterwards). */
  get damaged(): DamagedDatabase | null {
    return this.#damaged;
  }

  /** Settles when the open file's background quick_check (if any) has finished: scheduled backups wait for it. */
  get checked(): Promise<void> {
    return this.#check?.done ?? Promise.resolve();
  }

  /** Called when the background check finds the open file damaged (the session has then switched to its stand-in). */
  onDamaged(listener: (damaged: DamagedDatabase) => void): void {
    this.#onDamaged.push(listener);
  }

  /**
   * Closes the open database, runs `between` (move files while nothing holds them) and opens `company`. When
   * that fails, `undo` puts the files back and the previous company is opened again; the error is rethrown.
   */
  async replace(company: string, between: () => void = () => {}, undo: () => void = () => {}): Promise<void> {
    const previous = this.#company;
    const previousUrl = this.#url;
    await this.#stopCheck();
    await this.#store.close();
    try {
      between();
      this.#set(await openCompany(this.dataDir, company, { ...this.options, allowDamaged: false }), company);
    } catch (error) {
      undo();
      // Where the previous company was (its server connection may just have been changed to the one that failed).
      this.#set(await openCompany(this.dataDir, previous, { ...this.options, locate: async () => previousUrl }), previous);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.#stopCheck();
    await this.#store.close();
  }

  #set(opened: { store: Store; damaged: DamagedDatabase | null; url: string | undefined }, company: string): void {
    this.#store = opened.store;
    this.#url = opened.url;
    this.#damaged = opened.damaged;
    this.#company = company;
    this.#checkInBackground();
  }

  /**
   * The quick_check the opening skipped, on a worker with its own read-only connection. Until it answers, the app
   * works on the file; damage found puts the empty stand-in in its place (nothing more is written to the file) and
   * tells the listeners, so the window shows "database damaged → restore the latest good backup".
   */
  #checkInBackground(): void {
    const store = this.#store;
    if (!store.quickCheckDeferred) return;
    const file = store.file;
    const stop = new AbortController();
    const found = (detail: string) => this.#switchToStandIn(store, damagedFile(file, detail).message);
    const done = integrityCheck(file, { pragma: 'quick_check', signal: stop.signal }).then(
      (result) => (result === null || result === 'ok' ? undefined : found(result)),
      (error: unknown) => found((error as Error).message),
    );
    this.#check = { stop, done };
  }

  async #switchToStandIn(checked: Store, message: string): Promise<void> {
    if (this.#store !== checked) return; // closed or replaced meanwhile
    const damaged = { file: checked.file, message };
    console.error(message);
    await checked.close();
    this.#store = await openStoreFile(':memory:', this.dataDir, { nativeBinding: this.options.nativeBinding });
    this.#damaged = damaged;
    for (const listener of this.#onDamaged) listener(damaged);
  }

  async #stopCheck(): Promise<void> {
    const check = this.#check;
    this.#check = null;
    check?.stop.abort();
    await check?.done;
  }
}

async function openCompany(
  dataDir: string,
  company: string,
  options: SessionOptions,
): Promise<{ store: Store; company: string; damaged: DamagedDatabase | null; url: string | undefined }> {
  const file = companyDatabaseFile(dataDir, company);
  const databaseUrl = await options.locate?.(company);
  try {
    const { nativeBinding, deferQuickCheckAbove } = options;
    const store = await openStore(dataDir, { company, nativeBinding, databaseUrl, deferQuickCheckAbove });
    return { store, company, damaged: null, url: databaseUrl };
  } catch (error) {
    const damaged = error instanceof StoreError && error.reason === 'damaged';
    if (!options.allowDamaged || !damaged || !fs.existsSync(file)) throw error;
    const store = await openStoreFile(':memory:', dataDir, { nativeBinding: options.nativeBinding });
    return { store, company, damaged: { file, message: error.message }, url: undefined };
  }
}
