import { describe, expect, it } from 'vitest';
import { call, refused, testBackend } from '../../support/test-backend';

/** One customer's payments in January–February 2025 (two currencies), a reversed one and a credit note. */
async function ledger() {
  const b = await testBackend();
  const customer = await call(b, 'customers/create', { title: 'Tahsilat Deneme A.Ş.' });
  const pay = (
    date: string,
    amount: number,
    method: 'cash' | 'bank_transfer' | 'card' | 'cheque',
    currency: 'TRY' | 'USD' = 'TRY',
  ) => call(b, 'payments/record', { customerId: customer.id, date, amount, method, currency, allocate: 'none' });
  await pay('2025-01-15', 100_000, 'cash');
  await pay('2025-01-20', 250_000, 'bank_transfer');
  await pay('2025-02-03', 70_000, 'card');
  await pay('2025-02-10', 40_000, 'cheque', 'USD');
  const wrong = await pay('2025-02-05', 90_000, 'cash');
  await call(b, 'payments/reverse', { id: wrong.id, reason: 'Yanlış cari' });
  await call(b, 'credit-notes/create', { customerId: customer.id, date: '2025-02-06', amount: 30_000, allocate: 'none' });
  await pay('2025-04-01', 5_000, 'cash');
  return b;
}

describe('reports/collections', () => {
  it('sums payments per month and per method in each currency, leaving out credit notes and reversals', async () => {
    const b = await ledger();
    const report = await call(b, 'reports/collections', { from: '2025-01-01', to: '2025-03-31' });
    expect(report.granularity).toBe('month');
    expect(report.currencies.map((c) => c.currency)).toEqual(['TRY', 'USD']);
    const [tl, usd] = report.currencies;
    expect(tl!.periods).toEqual([
      { from: '2025-01-01', to: '2025-01-31', amount: 350_000, count: 2 },
      { from: '2025-02-01', to: '2025-02-28', amount: 70_000, count: 1 },
      { from: '2025-03-01', to: '2025-03-31', amount: 0, count: 0 },
    ]);
    expect(tl!.methods.filter((m) => m.count > 0)).toEqual([
      { method: 'cash', amount: 100_000, count: 1 },
      { method: 'bank_transfer', amount: 250_000, count: 1 },
      { method: 'card', amount: 70_000, count: 1 },
    ]);
    expect(tl!.methods).toHaveLength(6);
    expect(tl!.total).toEqual({ amount: 420_000, count: 3 });
    expect(tl!.reversed).toEqual({ amount: 90_000, count: 1 });
    expect(usd!.periods.map((p) => p.amount)).toEqual([0, 40_000, 0]);
    expect(usd!.methods.find((m) => m.method === 'cheque')).toEqual({ method: 'cheque', amount: 40_000, count: 1 });
    expect(usd!.reversed).toEqual({ amount: 0, count: 0 });
  });

  it('cuts Monday weeks to the range', async () => {
    const b = await ledger();
    const report = await call(b, 'reports/collections', { from: '2025-01-15', to: '2025-02-05', granularity: 'week' });
    expect(report.currencies.map((c) => c.currency)).toEqual(['TRY']);
    expect(report.currencies[0]!.periods).toEqual([
      { from: '2025-01-15', to: '2025-01-19', amount: 100_000, count: 1 },
      { from: '2025-01-20', to: '2025-01-26', amount: 250_000, count: 1 },
      { from: '2025-01-27', to: '2025-02-02', amount: 0, count: 0 },
      { from: '2025-02-03', to: '2025-02-05', amount: 70_000, count: 1 },
    ]);
    expect(report.currencies[0]!.reversed).toEqual({ amount: 90_000, count: 1 });
  });

  it('refuses a range that ends before it starts or spans more than about three years', async () => {
    const b = await testBackend();
    const backwards = await refused(b, 'reports/collections', { from: '2025-03-01', to: '2025-01-01' });
    expect(JSON.stringify(backwards)).toContain('reports.collections.rangeInvalid');
    const long = await refused(b, 'reports/collections', { from: '2020-01-01', to: '2025-01-01' });
    expect(JSON.stringify(long)).toContain('reports.collections.rangeTooLong');
    const future = await refused(b, 'reports/collections', { from: '2099-01-01' });
    expect(JSON.stringify(future)).toContain('reports.collections.rangeInvalid');
    const longToToday = await refused(b, 'reports/collections', { from: '2001-01-01' });
    expect(JSON.stringify(longToToday)).toContain('reports.collections.rangeTooLong');
    const empty = await call(b, 'reports/collections', { from: '2025-01-01', to: '2025-12-31', granularity: 'week' });
    expect(empty.currencies).toEqual([]);
  });
});
