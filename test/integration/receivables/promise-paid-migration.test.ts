import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../src-main/store/migrations/migration';
import { migrationDb } from '../../../src-main/store/postgres/migration-connection';
import { m0018 } from '../../../src-main/store/migrations/0018-promise-paid-recorded-after';
import { addDays } from '../../../src-shared/dates/business-date';
import { promisePaidBothWays } from '../../support/ledger-checks';
import { testDatabaseUrl, testStoreIsPostgres } from '../../support/pg-databases';
import { storeSql } from '../../support/store-sql';
import { call, testBackend, type TestBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

/**
 * Runs a migration once more on the test's company, as its store runs it: on SQLite through the store's Kysely, on
 * PostgreSQL in a transaction of its own through the migrator's SQLite → PostgreSQL translation.
 */
async function runMigrationAgain(b: TestBackend, migration: Migration): Promise<void> {
  if (!testStoreIsPostgres()) return migration.up(b.store.db as unknown as Kysely<unknown>);
  const pool = new pg.Pool({ connectionString: await testDatabaseUrl(b.dataDir), max: 1 });
  const client = await pool.connect();
  try {
    await client.query('begin');
    await migration.up(migrationDb(client));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

describe('migration 0018', () => {
  it('recounts what was paid towards each promise by the recorded-after rule, and its triggers keep to it', async () => {
    const b = await testBackend(undefined, now);
    const customer = await call(b, 'customers/create', { title: 'Göç Testi Ltd' });
    await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: addDays(today, -40),
      dueDate: addDays(today, -10),
      total: 90_000,
    });
    await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 30_000, method: 'cash' });
    await sleep(5);
    const promise = await call(b, 'promises/create', {
      customerId: customer.id,
      amount: 60_000,
      promisedDate: addDays(today, 3),
    });
    // What the rule of migration 17 (dates only) had kept: the earlier payment of the same day counted.
    await storeSql(b).run('update promise_paid set paid = 30000 where promise_id = ?', promise.id);
    await runMigrationAgain(b, m0018);
    expect(await storeSql(b).value('select paid from promise_paid where promise_id = ?', promise.id)).toBe(0);
    await sleep(5);
    const later = await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 20_000, method: 'cash' });
    await call(b, 'payments/reverse', { id: later.id, reason: 'yanlış' });
    await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 25_000, method: 'cash' });
    const { kept, counted } = await promisePaidBothWays(b);
    expect(kept).toEqual(counted);
    expect(kept).toEqual([{ promise_id: promise.id, paid: 25_000 }]);
  });
});
