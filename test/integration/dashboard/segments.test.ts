import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/business-date';
import { paidLate } from '../../support/paid-history';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

describe('dashboard/segments', () => {
  it('adds each customer’s open and overdue amounts to their risk segment', async () => {
    const b = await testBackend(undefined, now);
    const good = await call(b, 'customers/create', { title: 'Düzenli Öder A.Ş.' });
    const bad = await call(b, 'customers/create', { title: 'Hiç Ödemez Ltd.' });
    // The bad payer: three invoices paid 100 days late and one long overdue.
    await paidLate(b, bad.id, { count: 3, daysLate: 100, dueDaysAgo: 270 });
    await call(b, 'invoices/create', {
      customerId: bad.id,
      issueDate: addDays(today, -150),
      dueDate: addDays(today, -120),
      total: 8000,
    });
    await call(b, 'invoices/create', {
      customerId: good.id,
      issueDate: addDays(today, -5),
      dueDate: addDays(today, 25),
      total: 3000,
    });
    await call(b, 'invoices/create', {
      customerId: good.id,
      issueDate: addDays(today, -5),
      dueDate: addDays(today, 25),
      total: 400,
      currency: 'EUR',
    });

    // Money the good customer paid ahead, kept as credit: their balance drops, what their invoices leave open does not.
    await call(b, 'payments/record', { customerId: good.id, date: today, amount: 500, method: 'cash', allocate: 'none' });

    const badSegment = (await call(b, 'customers/risk', { id: bad.id })).segment;
    const goodSegment = (await call(b, 'customers/risk', { id: good.id })).segment;
    expect(badSegment).toBe('D');
    expect(goodSegment).toBe('B'); // no history yet: the neutral segment

    const exposure = await call(b, 'dashboard/segments', {});
    const tl = exposure.currencies.find((c) => c.currency === 'TRY')!.segments;
    expect(tl.map((s) => s.segment)).toEqual(['A', 'B', 'C', 'D']);
    expect(tl.find((s) => s.segment === 'D')).toEqual({ segment: 'D', customers: 1, open: 8000, overdue: 8000 });
    expect(tl.find((s) => s.segment === 'B')).toEqual({ segment: 'B', customers: 1, open: 3000, overdue: 0 });
    expect((await call(b, 'customers/account', { id: good.id })).currencies.find((c) => c.currency === 'TRY')).toMatchObject({
      balance: 2500,
    });
    const eur = exposure.currencies.find((c) => c.currency === 'EUR')!.segments;
    expect(eur.find((s) => s.segment === 'B')).toMatchObject({ open: 400 });
  });
});
