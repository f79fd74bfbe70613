import type { Kysely } from 'kysely';
import { openConnection, quickCheck, type OpenOptions, type StoreConnection } from './connection';
import { backupsDir, companyDatabaseFile } from './data-dir';
import { MIGRATIONS } from './migrations';
import { migrate, type MigrationReport } from './migrator';
import { openPostgresConnection } from './postgres/pg-connection';
import { migratePostgres } from './postgres/pg-migrator';

export interface Store extends StoreConnection {
  dataDir: string;
  schemaVersion: number;
  migration: MigrationReport;
}

/** The newest schema version this Vade knows. */
export const LATEST_SCHEMA = MIGRATIONS.at(-1)?.version ?? 0;

export interface StoreOptions extends OpenOptions {
  company?: string;
  /** A company on a PostgreSQL server (`postgres://…`) instead of the data folder's SQLite file. */
  databaseUrl?: string | undefined;
}

/** Opens the company database (the data folder's SQLite file, or a server's) and brings its schema up to date. */
export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) return openServerStore(options.databaseUrl, dataDir);
  return openStoreFile(companyDatabaseFile(dataDir, options.company), dataDir, options);
}

/** Opens a database file (or `:memory:`) and brings its schema up to date. */
export async function openStoreFile(file: string, dataDir: string, options: OpenOptions = {}): Promise<Store> {
  const connection = openConnection(file, options);
  try {
    // A migration writes much: never on a file whose check is still owed.
    if (connection.quickCheckDeferred && Number(connection.raw.pragma('user_version', { simple: true })) < LATEST_SCHEMA) {
      quickCheck(connection.raw, file);
      delete connection.quickCheckDeferred;
    }
    const migration = await migrate(connection.raw, connection.db as unknown as Kysely<unknown>, MIGRATIONS, backupsDir(dataDir));
    return { ...connection, dataDir, schemaVersion: migration.to, migration };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/** Opens a company database on a PostgreSQL server and brings its schema up to date. */
export async function openServerStore(url: string, dataDir: string): Promise<Store> {
  const connection = await openPostgresConnection(url);
  try {
    const migration = await migratePostgres(connection.pool, connection.file, MIGRATIONS);
    // A getter (`raw`) must survive: copy the connection's properties, not its values.
    return Object.defineProperties(connection, {
      dataDir: { value: dataDir, enumerable: true },
      schemaVersion: { value: migration.to, enumerable: true },
      migration: { value: migration, enumerable: true },
    }) as unknown as Store;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
