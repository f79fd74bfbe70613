import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import { backupDatabase } from './backup';
import type { Migration } from './migrations/migration';
import { StoreError } from './store-error';

export interface MigrationReport {
  from: number;
  to: number;
  backupFile: string | null;
}

/**
 * Brings the schema to the latest version. Refuses a file written by a newer Vade, backs up an existing
 * database before touching it, and runs each migration in its own transaction with the version bump.
 */
export async function migrate(
  raw: BetterSqlite3.Database,
  db: Kysely<unknown>,
  migrations: readonly Migration[],
  backupFolder: string,
): Promise<MigrationReport> {
  const from = Number(raw.pragma('user_version', { simple: true }));
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new StoreError(
      'newer_schema',
      raw.name,
      `${raw.name} was written by a newer version of Vade (schema ${from}, this version knows ${latest}). Update Vade to open it.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupFile: null };

  const backupFile = from > 0 ? await backupDatabase(raw, backupFolder, `before-migration-v${from}`) : null;
  for (const migration of pending) {
    try {
      await db.transaction().execute(async (trx) => {
        await migration.up(trx);
        // PRAGMA cannot take parameters; the version is our own integer.
        await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
      });
    } catch (error) {
      throw new StoreError(
        'migration_failed',
        raw.name,
        `Migration ${migration.version} (${migration.name}) failed; the database was left at schema ${Number(raw.pragma('user_version', { simple: true }))}${backupFile ? ` and a backup is at ${backupFile}` : ''}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return { from, to: latest, backupFile };
}
