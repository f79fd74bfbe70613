import type { Kysely } from 'kysely';
import { openConnection, type OpenOptions, type StoreConnection } from './connection';
import { backupsDir, companyDatabaseFile } from './data-dir';
import { MIGRATIONS } from './migrations';
import { migrate, type MigrationReport } from './migrator';

export interface Store extends StoreConnection {
  dataDir: string;
  schemaVersion: number;
  migration: MigrationReport;
}

/** The newest schema version this Vade knows. */
export const LATEST_SCHEMA = MIGRATIONS.at(-1)?.version ?? 0;

/** Opens the company database in a data folder and brings its schema up to date. */
export async function openStore(dataDir: string, options: OpenOptions & { company?: string } = {}): Promise<Store> {
  return openStoreFile(companyDatabaseFile(dataDir, options.company), dataDir, options);
}

/** Opens a database file (or `:memory:`) and brings its schema up to date. */
export async function openStoreFile(file: string, dataDir: string, options: OpenOptions = {}): Promise<Store> {
  const connection = openConnection(file, options);
  try {
    const migration = await migrate(connection.raw, connection.db as unknown as Kysely<unknown>, MIGRATIONS, backupsDir(dataDir));
    return { ...connection, dataDir, schemaVersion: migration.to, migration };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
