import { describe, expect, it } from 'vitest';
import { scoreRisk, segmentFor } from '../../../src-main/features/reports/risk';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { call, testBackend } from '../../support/test-backend';

describe('risk segment', () => {
  it('maps scores to segments and treats a customer without history as a neutral B', () => {
    expect(['A', 'A', 'B', 'C', 'D'].map((_, i) => segmentFor([0, 2, 5, 8, 12][i]!))).toEqual(['A', 'A', 'B', 'C', 'D']);
    const none = scoreRisk(1, { avgDaysLate: 0, shareLate: 0, overdueRatio: 0, brokenPromises: 0, paidInvoices: 0 });
    expect(none).toMatchObject({ segment: 'B', insufficientHistory: true });
  });

  it('measures weighted lateness, late share, overdue ratio and broken promises from the ledger', async () => {
    const b = await testBackend();
    const good = await call(b, 'customers/create', { title: 'Dakik Ödeyen' });
    const bad = await call(b, 'customers/create', { title: 'Geç Ödeyen' });
    const pay = async (customerId: number, due: string, total: number, paidOn: string) => {
      await call(b, 'invoices/create', { customerId, issueDate: '2026-01-01', dueDate: due, total });
      await call(b, 'payments/record', { customerId, date: paidOn, amount: total, method: 'bank_transfer' });
    };
    for (const due of ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']) await pay(good.id, due, 10000, due);
    // 10 days late on 10,000 and 70 days late on 30,000 → weighted 55 days; 2 of 2 late.
    await pay(bad.id, '2026-02-01', 10000, '2026-02-11');
    await pay(bad.id, '2026-03-01', 30000, '2026-05-10');
    await call(b, 'invoices/create', { customerId: bad.id, issueDate: '2026-05-01', dueDate: '2026-06-01', total: 40000 });
    await call(b, 'promises/create', { customerId: bad.id, amount: 40000, promisedDate: '2026-07-01', madeOn: '2026-06-15' });

    const goodRisk = await call(b, 'customers/risk', { id: good.id });
    expect(goodRisk).toMatchObject({
      segment: 'A',
      score: 0,
      factors: { avgDaysLate: 0, shareLate: 0, overdueRatio: 0, paidInvoices: 4 },
    });
    const badRisk = await call(b, 'customers/risk', { id: bad.id });
    expect(badRisk.factors).toEqual({ avgDaysLate: 55, shareLate: 1, overdueRatio: 1, brokenPromises: 1, paidInvoices: 2 });
    expect(badRisk).toMatchObject({
      points: { avgDaysLate: 3, shareLate: 3, overdueRatio: 3, brokenPromises: 1 },
      score: 10,
      segment: 'D',
    });
  });

  it('counts a promise broken when what was paid towards it by its day falls short, by the rule of the promises', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', { title: 'Söz Veren' });
    const day = (n: number) => addDays(todayLocal(), n);
    await call(b, 'invoices/create', { customerId: c.id, issueDate: day(-200), dueDate: day(-150), total: 90_000 });
    const promise = (amount: number, madeOn: number, promisedDate: number) =>
      call(b, 'promises/create', { customerId: c.id, amount, madeOn: day(madeOn), promisedDate: day(promisedDate) });
    const pay = (amount: number, date: number) =>
      call(b, 'payments/record', { customerId: c.id, date: day(date), amount, method: 'cash', allocate: 'none' });
    // Recorded before the promises were made: counts towards none of them.
    await pay(5_000, -100);
    await promise(10_000, -120, -90); // paid 4,000 of 10,000 in its window (the payment above is older): broken
    await promise(6_000, -60, -40); // paid in full in its window: kept
    await promise(3_000, -30, -10); // paid after its day only: broken
    await promise(8_000, -400, -380); // broken, but more than a year ago
    await promise(7_000, -3, 10); // not due yet
    await pay(4_000, -95);
    await pay(6_000, -50);
    await pay(3_000, -2);

    const risk = await call(b, 'customers/risk', { id: c.id });
    expect(risk.factors.brokenPromises).toBe(2);
  });
});
