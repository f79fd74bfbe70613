import fs from 'node:fs';
import { companyDatabaseFile } from './data-dir';
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
}

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

  private constructor(
    readonly dataDir: string,
    private readonly options: SessionOptions,
    opened: { store: Store; company: string; damaged: DamagedDatabase | null; url: string | undefined },
  ) {
    this.#store = opened.store;
    this.#url = opened.url;
    this.#company = opened.company;
    this.#damaged = opened.damaged;
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

  /** Set while the company file could not be opened because it is damaged. */
  get damaged(): DamagedDatabase | null {
    return this.#damaged;
  }

  /**
   * Closes the open database, runs `between` (move files while nothing holds them) and opens `company`. When
   * that fails, `undo` puts the files back and the previous company is opened again; the error is rethrown.
   */
  async replace(company: string, between: () => void = () => {}, undo: () => void = () => {}): Promise<void> {
    const previous = this.#company;
    const previousUrl = this.#url;
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

  close(): Promise<void> {
    return this.#store.close();
  }

  #set(opened: { store: Store; damaged: DamagedDatabase | null; url: string | undefined }, company: string): void {
    this.#store = opened.store;
    this.#url = opened.url;
    this.#damaged = opened.damaged;
    this.#company = company;
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
    const store = await openStore(dataDir, { company, nativeBinding: options.nativeBinding, databaseUrl });
    return { store, company, damaged: null, url: databaseUrl };
  } catch (error) {
    const damaged = error instanceof StoreError && error.reason === 'damaged';
    if (!options.allowDamaged || !damaged || !fs.existsSync(file)) throw error;
    const store = await openStoreFile(':memory:', dataDir, { nativeBinding: options.nativeBinding });
    return { store, company, damaged: { file, message: error.message }, url: undefined };
  }
}
