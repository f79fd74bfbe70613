import { afterAll, afterEach } from 'vitest';
import { openBackend, type Backend } from '../../src-main/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../src-shared/contract/methods';
import type { AppErrorData } from '../../src-shared/contract/errors';
import { dropTestDatabases, stopOwnCluster, testDatabaseUrl, testStoreIsPostgres } from './pg-databases';
import { tempDir } from './temp-dir';

const open: Backend[] = [];

/** A test's backend, with its data folder and the clock its handlers read (the wall clock unless one was given). */
export type TestBackend = Backend & { dataDir: string; now: () => Date };

afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close();
  if (testStoreIsPostgres()) await dropTestDatabases();
});
afterAll(stopOwnCluster);

/**
 * A real backend over a real SQLite file in a temp folder; with `VADE_TEST_STORE=postgres` (`npm run test:pg`), over a
 * real PostgreSQL database of the test cluster instead (one per data folder, so reopening a folder reopens it).
 * `now` is the clock its handlers read (the wall clock unless one is given).
 */
export async function testBackend(dataDir = tempDir(), now: () => Date = () => new Date()): Promise<TestBackend> {
  const databaseUrl = testStoreIsPostgres() ? await testDatabaseUrl(dataDir) : undefined;
  const backend = await openBackend({ dataDir, mode: 'cli', ...(databaseUrl ? { databaseUrl } : {}), now });
  open.push(backend);
  return Object.assign(backend, { dataDir, now });
}

/** Calls a method and returns its value, failing the test with the typed error if it was refused. */
export async function call<N extends MethodName>(backend: Backend, method: N, args: MethodInput<N>): Promise<MethodOutput<N>> {
  const result = await backend.dispatch(method, args);
  if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<N>;
}

/** Calls a method that must be refused and returns the typed error. */
export async function refused(backend: Backend, method: string, args: unknown): Promise<AppErrorData> {
  const result = await backend.dispatch(method, args);
  if (result.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(result.value)}`);
  return result.error;
}

/** The environment a CLI child process needs to open the company of `dataDir`: on PostgreSQL, its test database. */
export async function testStoreEnv(dataDir: string): Promise<Record<string, string>> {
  return testStoreIsPostgres() ? { VADE_DATABASE_URL: await testDatabaseUrl(dataDir) } : {};
}
