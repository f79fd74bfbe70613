import { startPgCluster } from './pg-cluster';
import { createTemplate, PG_URL_ENV, testStoreIsPostgres } from './pg-databases';

/**
 * Vitest global setup: with `VADE_TEST_STORE=postgres`, one throwaway PostgreSQL cluster for the whole run and its
 * template database migrated once; the workers (started after this) find its URL in the environment.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (!testStoreIsPostgres() || process.env[PG_URL_ENV]) return undefined;
  const cluster = await startPgCluster();
  try {
    await createTemplate(cluster.baseUrl);
  } catch (error) {
    cluster.stop();
    throw error;
  }
  process.env[PG_URL_ENV] = cluster.baseUrl;
  return () => cluster.stop();
}
