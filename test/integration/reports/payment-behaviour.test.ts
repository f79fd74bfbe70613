import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/business-date';
import { paidLate } from '../../support/paid-history';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

describe('reports/payment-behaviour', () => {
  it('gives each customer paid count, amount-weighted days late, share paid late, overdue now and segment', async () => {
    const b = await testBackend(undefined, now);
    const payer = await call(b, 'customers/create', { title: 'Bazen Geç Öder Ltd.' });
    const waiting = await call(b, 'customers/create', { title: 'Henüz Vadesi Gelmedi A.Ş.' });
    await call(b, 'customers/create', { title: 'Hiç İşlem Yok' });
    // Paid on the day (1,000) and 10 days late (3,000): 10 × 3,000 ÷ 4,000 = 7.5 days, half of them late.
    for (const [total, daysLate] of [
      [100_000, 0],
      [300_000, 10],
    ] as const)
      await paidLate(b, payer.id, { count: 1, daysLate, dueDaysAgo: 60, total });
    await call(b, 'invoices/create', {
      customerId: payer.id,
      issueDate: addDays(today, -40),
      dueDate: addDays(today, -10),
      total: 50_000,
    });
    await call(b, 'invoices/create', {
      customerId: payer.id,
      issueDate: addDays(today, -40),
      dueDate: addDays(today, -5),
      total: 20_000,
      currency: 'USD',
    });
    await call(b, 'invoices/create', { customerId: payer.id, issueDate: today, dueDate: addDays(today, 30), total: 7_000 });
    await call(b, 'invoices/create', { customerId: waiting.id, issueDate: today, dueDate: addDays(today, 30), total: 9_000 });

    const report = await call(b, 'reports/payment-behaviour', {});
    expect(report.asOf).toBe(today);
    const byId = new Map(report.rows.map((r) => [r.customerId, r]));
    expect(report.rows).toHaveLength(2);
    const risk = await call(b, 'customers/risk', { id: payer.id });
    expect(byId.get(payer.id)).toMatchObject({
      customerTitle: 'Bazen Geç Öder Ltd.',
      paidCount: 2,
      avgDaysLate: 7.5,
      shareLate: 0.5,
      overdue: [
        { currency: 'TRY', amount: 50_000 },
        { currency: 'USD', amount: 20_000 },
      ],
      segment: risk.segment,
    });
    expect(byId.get(waiting.id)).toMatchObject({ paidCount: 0, avgDaysLate: 0, shareLate: 0, overdue: [], segment: 'B' });

    // A payment reversed reopens the late invoice: the habit and the report follow.
    const payments = await call(b, 'payments/list', { customerId: payer.id, limit: 10 });
    const late = payments.items.find((p) => p.amount === 300_000)!;
    await call(b, 'payments/reverse', { id: late.id, reason: 'Karşılıksız çıktı' });
    const after = (await call(b, 'reports/payment-behaviour', {})).rows.find((r) => r.customerId === payer.id)!;
    expect(after).toMatchObject({ paidCount: 1, avgDaysLate: 0, shareLate: 0 });
    expect(after.overdue[0]).toEqual({ currency: 'TRY', amount: 350_000 });
  });
});
