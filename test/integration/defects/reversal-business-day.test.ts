// The business day is the company's local day: a reversal made at 01:30 in Istanbul (22:30 UTC the day before)
// belongs to the Istanbul day. Set before anything reads the clock (each test file runs in its own process).
process.env.TZ = 'Europe/Istanbul';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { receivablesOnDays } from '../../../src-main/features/dashboard/receivables-on-days';
import { openItemsOn } from '../../../src-main/features/dashboard/open-items-on';
import { statementSections } from '../../../src-main/features/statements/statement-ledger';
import { call, testBackend } from '../../support/test-backend';

afterEach(() => {
  vi.useRealTimers();
});

async function reversedAfterMidnight() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-05T09:00:00Z'));
  const b = await testBackend();
  const customer = await call(b, 'customers/create', { title: 'Boğaziçi Gıda', paymentTermsDays: 30 });
  const invoice = await call(b, 'invoices/create', {
    customerId: customer.id,
    issueDate: '2026-03-01',
    total: 10000,
    currency: 'TRY',
  });
  const payment = await call(b, 'payments/record', {
    customerId: customer.id,
    date: '2026-03-05',
    amount: 10000,
    method: 'cash',
  });
  // 01:30 on 10 March in Istanbul.
  vi.setSystemTime(new Date('2026-03-09T22:30:00Z'));
  await call(b, 'payments/reverse', { id: payment.id, reason: 'Karşılıksız' });
  return { b, customer, invoice };
}

describe('a reversal is dated by the local business day', () => {
  it('the statement and the timeline show it on the Istanbul day', async () => {
    const { b, customer } = await reversedAfterMidnight();
    const sections = await statementSections(b.store.db, {
      customerId: customer.id,
      from: '2026-03-01',
      to: '2026-03-31',
      today: '2026-03-10',
      openItemsOnly: false,
    });
    const reversal = sections[0]!.lines.find((l) => l.kind === 'reversal');
    expect(reversal?.date).toBe('2026-03-10');
    // Up to the 9th, the payment still stands: no reversal on that statement, nothing owed.
    const ninth = await statementSections(b.store.db, {
      customerId: customer.id,
      from: '2026-03-01',
      to: '2026-03-09',
      today: '2026-03-10',
      openItemsOnly: false,
    });
    expect(ninth[0]!.lines.map((l) => l.kind)).toEqual(['invoice', 'payment']);
    expect(ninth[0]!.closing).toBe(0);
    const timeline = await call(b, 'customers/timeline', { id: customer.id });
    expect(timeline.items.find((e) => e.kind === 'reversal')?.at).toBe('2026-03-10');
  });

  it('aging and the dashboard history see the invoice paid on the 9th and open again on the 10th', async () => {
    const { b, invoice } = await reversedAfterMidnight();
    const aging = async (asOf: string) =>
      (await call(b, 'reports/aging', { asOf, bounds: [30, 60, 90, 120] })).totals.map((t) => t.balance);
    expect(await aging('2026-03-09')).toEqual([]);
    expect(await aging('2026-03-10')).toEqual([10000]);

    const history = await receivablesOnDays(b.store.db, ['2026-03-09', '2026-03-10']);
    expect(history.get('2026-03-09')?.get('TRY')?.open ?? 0).toBe(0);
    expect(history.get('2026-03-10')?.get('TRY')?.open).toBe(10000);

    const openOn9 = await openItemsOn(b.store.db, '2026-03-09', '2026-03-11');
    expect(openOn9.map((i) => i.invoiceId)).not.toContain(invoice.id);
  });
});
