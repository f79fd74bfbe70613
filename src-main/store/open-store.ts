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

/** Opens the company database in a data folder and brings its schema up to date. */
export async function openStore(dataDir: string, options: OpenOptions & { company?: string } = {}): Promise<Store> {
  const connection = openConnection(companyDatabaseFile(dataDir, options.company), options);
  try {
    const migration = await migrate(connection.raw, connection.db as unknown as Kysely<unknown>, MIGRATIONS, backupsDir(dataDir));
    return { ...connection, dataDir, schemaVersion: migration.to, migration };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
