import { createHash } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { openServerStore } from '../../src-main/store/open-store';
import { startPgCluster, type PgCluster } from './pg-cluster';

/** Set by the global setup (`VADE_TEST_STORE=postgres`): one cluster for every worker, its template migrated once. */
export const PG_URL_ENV = 'VADE_TEST_PG_URL';
export const TEMPLATE_DATABASE = 'vade_template';

/** Integration tests run on PostgreSQL instead of SQLite (`npm run test:pg`). */
export const testStoreIsPostgres = (): boolean => process.env.VADE_TEST_STORE === 'postgres';

let server: Promise<{ baseUrl: string; admin: pg.Client }> | null = null;
let ownCluster: PgCluster | null = null;

/**
 * The test server: the global one, or (a test file run on its own) a cluster of this worker's, stopped when the
 * worker exits. Either way its `vade_template` database holds the migrated schema.
 */
function testServer(): Promise<{ baseUrl: string; admin: pg.Client }> {
  server ??= (async () => {
    let baseUrl = process.env[PG_URL_ENV];
    if (!baseUrl) {
      ownCluster = await startPgCluster();
      // A worker may end without 'exit' handlers running: test files also stop it in afterAll (stopOwnCluster).
      process.once('exit', () => ownCluster?.stop());
      baseUrl = ownCluster.baseUrl;
      await createTemplate(baseUrl);
    }
    const admin = new pg.Client(`${baseUrl}postgres`);
    admin.on('error', () => {});
    await admin.connect();
    return { baseUrl, admin };
  })();
  return server;
}

/** Stops the cluster this worker started for itself (none when the global setup gave one). For `afterAll`. */
export async function stopOwnCluster(): Promise<void> {
  if (!ownCluster || !server) return;
  const cluster = ownCluster;
  const { admin } = await server;
  ownCluster = null;
  server = null;
  made.clear();
  await admin.end().catch(() => {});
  cluster.stop();
}

/** An empty database migrated to the latest schema, copied by `CREATE DATABASE … TEMPLATE` for each test backend. */
export async function createTemplate(baseUrl: string): Promise<void> {
  const admin = new pg.Client(`${baseUrl}postgres`);
  await admin.connect();
  try {
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const store = await openServerStore(`${baseUrl}${TEMPLATE_DATABASE}`, os.tmpdir()); // the data folder is not used by migrations;
  await store.close();
}

/** A database name for a data folder: the same folder reopens the same database within a test. */
export const databaseNameFor = (key: string): string => `vade_t_${createHash('sha1').update(key).digest('hex').slice(0, 20)}`;

const made = new Set<string>();

/** The URL of the test database for `key`, created from the template the first time it is asked for. */
export async function testDatabaseUrl(key: string): Promise<string> {
  const { baseUrl, admin } = await testServer();
  const name = databaseNameFor(key);
  if (!made.has(name)) {
    await copyTemplate(admin, name);
    made.add(name);
  }
  return `${baseUrl}${name}`;
}

/** FILE_COPY copies the template's files (fast for a small database); it needs the template to have no sessions. */
async function copyTemplate(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${TEMPLATE_DATABASE} strategy file_copy`);
      return;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Drops the databases made since the last call (after their backends closed), so a long run keeps little on disk. */
export async function dropTestDatabases(): Promise<void> {
  if (made.size === 0 || !server) return;
  const { admin } = await server;
  for (const name of [...made]) {
    made.delete(name);
    await admin.query(`drop database if exists ${name} with (force)`);
  }
}
