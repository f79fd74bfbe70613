import { afterEach } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../src-main/backend';
import { dropTestDatabases, testDatabaseUrl } from './pg-databases';
import { tempDir } from './temp-dir';
// Imported first so its own after-each (which drops the test databases) runs after ours has closed these PCs.
export { call } from './test-backend';

const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0).reverse()) await backend.close();
  await dropTestDatabases();
});

/**
 * One office PC on the company `office` (a test database of the cluster): its own data folder and backend, with its
 * own connection pool, runner lock and listener, as a second Vade on another PC would have. Background senders and
 * schedulers are off unless asked for.
 */
export async function officePc(office: string, options: Partial<BackendOptions> = {}): Promise<Backend> {
  const backend = await openBackend({
    dataDir: tempDir(),
    databaseUrl: await testDatabaseUrl(office),
    mode: 'browser',
    outboxSender: false,
    reminderScheduler: false,
    ...options,
  });
  open.push(backend);
  return backend;
}

/** Closes one PC before the end of the test (its sessions end: locks go, listeners stop). */
export async function closePc(backend: Backend): Promise<void> {
  open.splice(open.indexOf(backend), 1);
  await backend.close();
}
