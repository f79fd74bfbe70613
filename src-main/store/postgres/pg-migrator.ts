import type pg from 'pg';
import type { Migration } from '../migrations/migration';
import type { MigrationReport } from '../migrator';
import { StoreError } from '../store-error';
import { migrationDb } from './migration-connection';

/** Any constant of our own: every PC that opens the company waits on the same lock while one migrates. */
const MIGRATION_LOCK = 7_246_517_301;

/**
 * The server's twin of `migrate`: the schema version is kept in `schema_migrations` (SQLite keeps it in
 * `user_version`), each migration runs in its own transaction with its row, and a session advisory lock makes a
 * second PC opening the company at the same moment wait and then find nothing left to do. No backup is taken first:
 * PostgreSQL's DDL is transactional, so a failed migration leaves the schema as it was.
 */
export async function migratePostgres(pool: pg.Pool, label: string, migrations: readonly Migration[]): Promise<MigrationReport> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`create table if not exists schema_migrations (
      version bigint primary key, name text not null, applied_at text not null)`);
    const from = await currentVersion(client);
    const latest = migrations.at(-1)?.version ?? 0;
    if (from > latest) {
      throw new StoreError(
        'newer_schema',
        label,
        `${label} was written by a newer version of Vade (schema ${from}, this version knows ${latest}). Update Vade to open it.`,
      );
    }
    for (const migration of migrations.filter((m) => m.version > from)) {
      try {
        await client.query('begin');
        await migration.up(migrationDb(client));
        await client.query('insert into schema_migrations (version, name, applied_at) values ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw new StoreError(
          'migration_failed',
          label,
          `Migration ${migration.version} (${migration.name}) failed on ${label}; the database was left at schema ${await currentVersion(client)}: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    return { from, to: Math.max(from, latest), backupFile: null };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

async function currentVersion(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>('select max(version) as version from schema_migrations');
  return rows[0]?.version ?? 0;
}
