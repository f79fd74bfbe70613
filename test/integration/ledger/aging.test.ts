import { describe, expect, it } from 'vitest';
import { agingCells } from '../../../src-main/features/reports/aging-query';
import { addDays } from '../../../src-shared/dates/business-date';
import { balancesBothWays } from '../../support/ledger-checks';
import { randomLedger } from '../../support/random-ledger';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const daysAgo = (n: number) => addDays(today, -n);

describe('aging', () => {
  it('puts each open amount in its bucket by days overdue, credit apart, and sums to the balance', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Yaşlı Borç A.Ş.', creditLimit: { amount: 100000, currency: 'TRY' } });
    const mk = (overdueDays: number, total: number, currency: 'TRY' | 'EUR' = 'TRY') =>
      call(b, 'invoices/create', {
        customerId: c.id,
        issueDate: daysAgo(overdueDays + 30),
        dueDate: daysAgo(overdueDays),
        total,
        currency,
      });
    await mk(-10, 1000); // not due yet
    await mk(0, 2000); // due today: not overdue
    await mk(1, 3000); // 1–30
    await mk(30, 4000); // 1–30
    await mk(31, 5000); // 31–60
    await mk(90, 6000); // 61–90
    await mk(120, 7000); // 91–120
    await mk(121, 8000); // 120+
    await mk(45, 900, 'EUR');
    await call(b, 'payments/record', {
      customerId: c.id,
      date: today,
      amount: 500,
      currency: 'EUR',
      method: 'bank_transfer',
      allocate: 'none',
    });

    const account = await call(b, 'customers/account', { id: c.id });
    const tl = account.currencies.find((x) => x.currency === 'TRY')!;
    expect(tl.buckets).toEqual([3000, 7000, 5000, 6000, 7000, 8000]);
    expect(tl).toMatchObject({ balance: 36000, credit: 0, overdue: 33000, openInvoiceCount: 8, overdueInvoiceCount: 6 });
    const eur = account.currencies.find((x) => x.currency === 'EUR')!;
    expect(eur).toMatchObject({ buckets: [0, 0, 900, 0, 0, 0], credit: 500, balance: 400 });
    expect(account.creditLimit).toEqual({
      limit: { amount: 100000, currency: 'TRY' },
      used: 36000,
      available: 64000,
      exceeded: false,
    });

    const { byDocuments } = await balancesBothWays(b, c.id);
    for (const figures of account.currencies) expect(figures.balance).toBe(byDocuments[figures.currency]);

    const report = await call(b, 'reports/aging', { bounds: [60] });
    expect(report.rows.map((r) => [r.currency, r.buckets])).toEqual([
      ['TRY', [3000, 12000, 21000]],
      ['EUR', [0, 900, 0]],
    ]);
    expect(report.totals.map((t) => [t.currency, t.balance])).toEqual([
      ['EUR', 400],
      ['TRY', 36000],
    ]);
  });

  it('rebuilds a past day from allocation dates, reversals and write-offs', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Geçmiş Ltd.' });
    const inv = await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      total: 10000,
    });
    const later = await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      total: 5000,
    });
    await call(b, 'payments/record', { customerId: c.id, date: '2026-02-15', amount: 4000, method: 'cash' });
    const wrong = await call(b, 'payments/record', { customerId: c.id, date: '2026-02-20', amount: 6000, method: 'cash' });
    await call(b, 'payments/reverse', { id: wrong.id, reason: 'Karşılıksız çıktı' });
    await call(b, 'invoices/write-off', { id: later.id, reason: 'İflas', date: '2026-06-01' });

    const on = async (asOf: string) => {
      const figures = (await call(b, 'customers/account', { id: c.id, asOf, bounds: [30, 60, 90, 120] })).currencies[0];
      return figures ? figures.buckets : 'nothing owed';
    };
    expect(await on('2025-12-31')).toBe('nothing owed');
    expect(await on('2026-02-10')).toEqual([0, 10000, 0, 0, 0, 0]);
    expect(await on('2026-02-16')).toEqual([0, 6000, 0, 0, 0, 0]);
    // A reversal takes effect when it is made (today): on earlier days the wrong payment still counted.
    expect(await on('2026-02-25')).toBe('nothing owed');
    expect(await on('2026-04-15')).toEqual([0, 5000, 0, 0, 0, 0]);
    expect(await on('2026-07-01')).toBe('nothing owed');
    const onToday = await on(today);
    expect(onToday).toEqual([0, 0, 0, 0, 0, 6000]);
    expect((await call(b, 'invoices/get', { id: inv.id })).openAmount).toBe(6000);
  });

  it('gives the same figures from the kept open amounts and from the rebuild', async () => {
    const b = await testBackend(undefined, now);
    await randomLedger(b, { seed: 7, customers: 6, invoices: 120, maxAge: 400, issueLead: 30, pay: 0.5, reverse: 0.1 });
    const scope = { asOf: today, bounds: [30, 60, 90, 120] };
    const sort = (cells: Awaited<ReturnType<typeof agingCells>>) =>
      [...cells].sort((x, y) => x.customerId - y.customerId || x.currency.localeCompare(y.currency));
    const fast = sort(await agingCells(b.store.db, scope, today));
    const rebuilt = sort(await agingCells(b.store.db, scope, today, true));
    expect(fast.length).toBeGreaterThan(5);
    expect(rebuilt).toEqual(fast);
  });
});
