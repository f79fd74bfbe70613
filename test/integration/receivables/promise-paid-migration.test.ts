import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { m0018 } from '../../../src-main/store/migrations/0018-promise-paid-recorded-after';
import { addDays } from '../../../src-shared/dates/business-date';
import { promisePaidBothWays } from '../../support/ledger-checks';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

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
    b.store.raw.prepare('update promise_paid set paid = 30000 where promise_id = ?').run(promise.id);
    await m0018.up(b.store.db as unknown as Kysely<unknown>);
    expect(b.store.raw.prepare('select paid from promise_paid where promise_id = ?').pluck().get(promise.id)).toBe(0);
    await sleep(5);
    const later = await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 20_000, method: 'cash' });
    await call(b, 'payments/reverse', { id: later.id, reason: 'yanlış' });
    await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 25_000, method: 'cash' });
    const { kept, counted } = promisePaidBothWays(b.store.raw);
    expect(kept).toEqual(counted);
    expect(kept).toEqual([{ promise_id: promise.id, paid: 25_000 }]);
  });
});
