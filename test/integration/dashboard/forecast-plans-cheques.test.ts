import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { cashForecast } from '../../../src-main/features/dashboard/forecast';
import { addDays } from '../../../src-shared/dates/business-date';
import type { PlanStatus } from '../../../src-main/store/tables/plans';
import { fixedClock } from '../../support/fixed-clock';
import { insertPlanRows } from '../../support/plan-rows';
import { call, testBackend } from '../../support/test-backend';

// A fixed day; the expected figures are worked out by hand below. A company without history expects 30 days late
// as usual and 5 % of what falls due never collected; an amount d days overdue still comes with the chance
// c ÷ (c + 0.05), c = 0.95 × e^(−d/30), spread from today with a mean of 30 days.
const { today, now } = fixedClock('2026-03-18');

/** A plan in TRY made today, written straight into its tables; instalments due that many days from today. */
const insertPlan = async (
  b: Backend,
  customerId: number,
  status: PlanStatus,
  invoices: [number, number][],
  instalments: { due: number; amount: number; paid?: number }[],
): Promise<number> =>
  (
    await insertPlanRows(b.store.db, {
      customerId,
      currency: 'TRY',
      status,
      startDate: today,
      statusDate: today,
      createdAt: now().toISOString(),
      invoices: invoices.map(([invoiceId, amount]) => ({ invoiceId, amount })),
      instalments: instalments.map((i) => ({ dueDate: addDays(today, i.due), amount: i.amount, paid: i.paid ?? 0 })),
    })
  ).planId;

describe('dashboard/forecast with a payment plan', () => {
  it('expects the unpaid instalments instead of the due dates of the invoices the plan covers', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Taksitli Ticaret Ltd.' });
    const invoice = (dueIn: number, total: number) =>
      call(b, 'invoices/create', { customerId: c.id, issueDate: addDays(today, -20), dueDate: addDays(today, dueIn), total });
    const inPlan = await invoice(3, 10000);
    const outside = await invoice(10, 5000);
    // The first instalment was paid in part: 1,000 went to the planned invoice (9,000 still open on it).
    await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -3), amount: 1000, method: 'cash' });
    expect((await call(b, 'invoices/get', { id: inPlan.id })).openAmount).toBe(9000);
    const planId = await insertPlan(
      b,
      c.id,
      'active',
      [[inPlan.id, 10000]],
      [
        { due: -2, amount: 4000, paid: 1000 },
        { due: 8, amount: 3000 },
        { due: 40, amount: 3000 },
      ],
    );
    // A cancelled plan over the other invoice changes nothing: it stays on its own due date.
    await insertPlan(b, c.id, 'cancelled', [[outside.id, 5000]], [{ due: 1, amount: 5000 }]);

    const tl = (await call(b, 'dashboard/forecast', { periods: 6 })).currencies[0]!;
    // 3,000 of the first instalment is overdue; the planned invoice's own due date (day 3) holds nothing.
    expect(tl.overdue).toBe(3000);
    expect(tl.periods.map((p) => p.scheduled)).toEqual([0, 3000 + 5000, 0, 0, 0, 3000]);
    // As predicted: the overdue 3,000 (2 days: chance 0.94674, so 2,840.21) spreads from today; the instalment of
    // day 8, the invoice of day 10 and the instalment of day 40 (each × 0.95) from their days, all with a mean of 30:
    //   week 0: 2,840.21 × (1 − e^(−7/30)) = 591.08 → 591
    //   week 1: 2,840.21 × (e^(−7/30) − e^(−14/30)) = 468.07 + 2,850 × (1 − e^(−6/30)) = 516.62
    //           + 4,750 × (1 − e^(−4/30)) = 592.93 → 1,578
    //   week 2: 2,840.21 × (e^(−14/30) − e^(−21/30)) = 370.66 + 2,850 × (e^(−6/30) − e^(−13/30)) = 485.60
    //           + 4,750 × (e^(−4/30) − e^(−11/30)) = 865.13 → 1,721
    //   week 3: 293.52 + 2,850 × (e^(−13/30) − e^(−20/30)) = 384.54 + 4,750 × (e^(−11/30) − e^(−18/30)) = 685.09 → 1,363
    //   week 4: 232.44 + 2,850 × (e^(−20/30) − e^(−27/30)) = 304.52 + 4,750 × (e^(−18/30) − e^(−25/30)) = 542.51 → 1,079
    //   week 5: 184.06 + 241.14 + 429.61 + 2,850 × (1 − e^(−2/30)) = 183.81 → 1,039
    expect(tl.periods.map((p) => p.predicted)).toEqual([591, 1578, 1721, 1363, 1079, 1039]);

    // A broken plan still expects what is left of it; a completed one gives the invoice its due date back.
    // (Set here behind the app's back, which the handler's memo would not see: the forecast is asked directly.)
    const forecastNow = async () => (await cashForecast(b.store.db, today, today, 'week', 6)).currencies[0]!;
    await b.store.db.updateTable('payment_plans').set({ status: 'broken' }).where('id', '=', planId).execute();
    expect((await forecastNow()).overdue).toBe(3000);
    await b.store.db.updateTable('payment_plans').set({ status: 'completed' }).where('id', '=', planId).execute();
    const back = await forecastNow();
    expect(back.overdue).toBe(0);
    expect(back.periods.map((p) => p.scheduled)).toEqual([9000, 5000, 0, 0, 0, 0]);
  });
});

describe('dashboard/forecast with cheques and notes', () => {
  it('expects the cheques and notes still ours on their maturity, the invoices they paid being settled', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Çekle Öder A.Ş.' });
    await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: addDays(today, -35),
      dueDate: addDays(today, -5),
      total: 10000,
    });
    let serial = 0;
    const receive = (kind: 'cheque' | 'note', dueIn: number, amount: number, allocate: 'auto' | 'none' = 'none') =>
      call(b, 'cheques/record', {
        kind,
        customerId: c.id,
        serialNumber: `S-${++serial}`,
        bank: 'Ziraat Bankası',
        branch: 'Konak',
        drawer: 'Çekle Öder A.Ş.',
        issueDate: addDays(today, -6),
        dueDate: addDays(today, dueIn),
        amount,
        receivedOn: addDays(today, -6),
        allocate,
      });
    // The cheque paid 6,000 of the invoice (4,000 is still overdue): its cash comes on day 9.
    await receive('cheque', 9, 6000, 'auto');
    const note = await receive('note', 20, 2000);
    await call(b, 'cheques/transition', { id: note.id, to: 'at_bank', date: today, counterparty: 'Garanti' });
    // Matured yesterday and not yet marked collected: expected now.
    await receive('cheque', -1, 1500);
    // Endorsed to a supplier or held as collateral: no cash comes to us.
    const endorsed = await receive('cheque', 2, 3000);
    await call(b, 'cheques/transition', { id: endorsed.id, to: 'endorsed', date: today, counterparty: 'Akdeniz Kumaş' });
    const collateral = await receive('note', 4, 700);
    await call(b, 'cheques/transition', { id: collateral.id, to: 'collateral', date: today, counterparty: 'Halk Bankası' });

    const tl = (await call(b, 'dashboard/forecast', { periods: 3 })).currencies[0]!;
    expect(tl.overdue).toBe(4000);
    expect(tl.periods.map((p) => p.scheduled)).toEqual([1500, 6000, 2000]);
    // As predicted: each times the default honour rate (95 %, no cheque has an outcome yet), and the overdue
    // 4,000 (5 days: chance 0.94146, so 3,765.85) spread from today:
    //   week 0: 1,500 × 0.95 = 1,425 + 3,765.85 × (1 − e^(−7/30)) = 783.71 → 2,209
    //   week 1: 6,000 × 0.95 = 5,700 + 3,765.85 × (e^(−7/30) − e^(−14/30)) = 620.61 → 6,321
    //   week 2: 2,000 × 0.95 = 1,900 + 3,765.85 × (e^(−14/30) − e^(−21/30)) = 491.46 → 2,391
    expect(tl.periods.map((p) => p.predicted)).toEqual([2209, 6321, 2391]);

    // Once collected the cash is in: the cheque leaves the forecast.
    const cheques = await call(b, 'cheques/list', { limit: 50 });
    const matured = cheques.items.find((ch) => ch.amount === 1500)!;
    await call(b, 'cheques/transition', { id: matured.id, to: 'collected', date: today, counterparty: '' });
    const after = (await call(b, 'dashboard/forecast', { periods: 3 })).currencies[0]!;
    expect(after.periods.map((p) => p.scheduled)).toEqual([0, 6000, 2000]);
  });
});
