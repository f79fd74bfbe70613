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
  /** The company lives on this PostgreSQL server database (`postgres://…`), not in the data folder's file. */
  databaseUrl?: string | undefined;
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

  private constructor(
    readonly dataDir: string,
    private readonly options: SessionOptions,
    opened: { store: Store; company: string; damaged: DamagedDatabase | null },
  ) {
    this.#store = opened.store;
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
    return this.options.databaseUrl ? this.#store.file : companyDatabaseFile(this.dataDir, this.#company);
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
    await this.#store.close();
    try {
      between();
      this.#set(await openCompany(this.dataDir, company, { ...this.options, allowDamaged: false }), company);
    } catch (error) {
      undo();
      this.#set(await openCompany(this.dataDir, previous, this.options), previous);
      throw error;
    }
  }

  close(): Promise<void> {
    return this.#store.close();
  }

  #set(opened: { store: Store; damaged: DamagedDatabase | null }, company: string): void {
    this.#store = opened.store;
    this.#damaged = opened.damaged;
    this.#company = company;
  }
}

async function openCompany(
  dataDir: string,
  company: string,
  options: SessionOptions,
): Promise<{ store: Store; company: string; damaged: DamagedDatabase | null }> {
  const file = companyDatabaseFile(dataDir, company);
  try {
    const store = await openStore(dataDir, { company, nativeBinding: options.nativeBinding, databaseUrl: options.databaseUrl });
    return { store, company, damaged: null };
  } catch (error) {
    const damaged = error instanceof StoreError && error.reason === 'damaged';
    if (!options.allowDamaged || !damaged || !fs.existsSync(file)) throw error;
    const store = await openStoreFile(':memory:', dataDir, { nativeBinding: options.nativeBinding });
    return { store, company, damaged: { file, message: error.message } };
  }
}
