import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { maskDatabaseUrl, maskSecretsIn } from '../database-url';
import type { StoreConnection } from '../connection';
import type { Database } from '../schema';
import { StoreError } from '../store-error';
import { storeTypes } from './pg-types';
import { sqliteOnly } from '../sqlite-only';

export interface PostgresConnection extends StoreConnection {
  kind: 'postgres';
  pool: pg.Pool;
}

export interface PostgresOpenOptions {
  /** Connections this process keeps to the server (Kysely takes one per transaction). */
  maxConnections?: number;
}

/**
 * Connects to a company database on a PostgreSQL server (`postgres://user:password@host/db?sslmode=require`; pg reads
 * sslmode from the URL) and checks it answers. Every message says the URL with its password masked.
 */
export async function openPostgresConnection(url: string, options: PostgresOpenOptions = {}): Promise<PostgresConnection> {
  const label = maskDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    types: storeTypes,
    max: options.maxConnections ?? 10,
    application_name: 'vade',
    // No JIT: it pays off for long analytic queries; a screen's query that the planner costs high (a report, a
    // sort over every customer) would spend 100–500 ms compiling before it runs (measured at a million invoices).
    options: '-c jit=off',
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server dropped: the pool replaces it; without a listener it would crash the process.
  pool.on('error', () => {});
  // A connection in use when the server goes away also emits 'error' (pg-pool listens only on idle ones): the query
  // on it already fails with that error, which dispatch answers as `unavailable`; unheard, it would end the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  let engineVersion: string;
  try {
    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
    engineVersion = `PostgreSQL ${rows[0]!.v}`;
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      'cannot_open',
      label,
      `Cannot open the database ${label}: ${maskSecretsIn((error as Error).message, url)}`,
      {
        cause: error,
      },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    file: label,
    get raw(): never {
      return sqliteOnly(label, 'the SQLite handle');
    },
    db,
    pool,
    engineVersion,
    close: () => db.destroy(),
  };
}
