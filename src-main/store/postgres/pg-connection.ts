import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { maskDatabaseUrl, maskSecretsIn } from '../database-url';
import type { StoreConnection } from '../connection';
import type { Database } from '../schema';
import { StoreError } from '../store-error';
import { storeTypes } from './pg-types';
import { sqliteOnly } from '../sqlite-only';
import { pgTarget, serverHasNoTls, type PgTarget } from './pg-ssl';

export interface PostgresConnection extends StoreConnection {
  kind: 'postgres';
  pool: pg.Pool;
}

export interface PostgresOpenOptions {
  /** Connections this process keeps to the server (Kysely takes one per transaction). */
  maxConnections?: number;
}

/**
 * Connects to a company database on a PostgreSQL server (`postgres://user:password@host/db?sslmode=require`, the
 * sslmode as libpq means it: `pg-ssl.ts`) and checks it answers. Every message says the URL with its password masked.
 */
export async function openPostgresConnection(url: string, options: PostgresOpenOptions = {}): Promise<PostgresConnection> {
  const label = maskDatabaseUrl(url);
  let target: PgTarget;
  try {
    target = pgTarget(url);
  } catch (error) {
    throw cannotOpen(label, url, error);
  }
  let pool = makePool(target.connectionString, target.ssl, options);
  let engineVersion: string;
  try {
    engineVersion = await serverVersion(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    if (!(target.plainFallback && serverHasNoTls(error))) throw cannotOpen(label, url, error);
    pool = makePool(target.connectionString, false, options);
    try {
      engineVersion = await serverVersion(pool);
    } catch (plainError) {
      await pool.end().catch(() => {});
      throw cannotOpen(label, url, plainError);
    }
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

function makePool(connectionString: string, ssl: PgTarget['ssl'], options: PostgresOpenOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    ...(ssl === undefined ? {} : { ssl }),
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
  return pool;
}

async function serverVersion(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
  return `PostgreSQL ${rows[0]!.v}`;
}

const cannotOpen = (label: string, url: string, error: unknown) =>
  new StoreError('cannot_open', label, `Cannot open the database ${label}: ${maskSecretsIn((error as Error).message, url)}`, {
    cause: error,
  });
