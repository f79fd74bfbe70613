import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { cashForecast } from '../../../src-main/features/dashboard/forecast';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { call, testBackend } from '../../support/test-backend';

const today = todayLocal();

// A company without history: 30 days late as usual, 5 % of what falls due never collected.
const LATE = 30;
const STUCK = 0.05;
/** The share of an exponential spread (mean 30 days) from `start` to `end` days after it starts. */
const share = (start: number, end: number) => Math.exp(-Math.max(0, start) / LATE) - Math.exp(-Math.max(0, end) / LATE);
/** The chance an amount `days` overdue still comes. */
const chance = (days: number) => {
  const coming = (1 - STUCK) * Math.exp(-days / LATE);
  return coming / (coming + STUCK);
};
const week = (i: number) => [7 * i, 7 * i + 7] as const;

/** A plan row as the plans feature writes it (built on the shared schema of migration 10). */
function insertPlan(
  b: Backend,
  customerId: number,
  status: string,
  invoices: [number, number][],
  instalments: { due: number; amount: number; paid?: number }[],
): number {
  const raw = b.store.raw;
  const total = instalments.reduce((sum, i) => sum + i.amount, 0);
  const planId = Number(
    raw
      .prepare(
        `insert into payment_plans (customer_id, currency, kind, status, principal, total, frequency, start_date, status_date, created_at)
         values (?, 'TRY', 'instalment', ?, ?, ?, 'custom', ?, ?, ?)`,
      )
      .run(customerId, status, total, total, today, today, new Date().toISOString()).lastInsertRowid,
  );
  for (const [invoiceId, amount] of invoices)
    raw.prepare('insert into plan_invoices (plan_id, invoice_id, amount) values (?, ?, ?)').run(planId, invoiceId, amount);
  instalments.forEach((i, seq) =>
    raw
      .prepare(
        `insert into plan_instalments (plan_id, seq, kind, due_date, amount, paid_amount, customer_id, currency)
         values (?, ?, 'instalment', ?, ?, ?, ?, 'TRY')`,
      )
      .run(planId, seq + 1, addDays(today, i.due), i.amount, i.paid ?? 0, customerId),
  );
  return planId;
}

describe('dashboard/forecast with a payment plan', () => {
  it('expects the unpaid instalments instead of the due dates of the invoices the plan covers', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', { title: 'Taksitli Ticaret Ltd.' });
    const invoice = (dueIn: number, total: number) =>
      call(b, 'invoices/create', { customerId: c.id, issueDate: addDays(today, -20), dueDate: addDays(today, dueIn), total });
    const inPlan = await invoice(3, 10000);
    const outside = await invoice(10, 5000);
    // The first instalment was paid in part: 1,000 went to the planned invoice (9,000 still open on it).
    await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -3), amount: 1000, method: 'cash' });
    expect((await call(b, 'invoices/get', { id: inPlan.id })).openAmount).toBe(9000);
    const planId = insertPlan(
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
    insertPlan(b, c.id, 'cancelled', [[outside.id, 5000]], [{ due: 1, amount: 5000 }]);

    const tl = (await call(b, 'dashboard/forecast', { periods: 6 })).currencies[0]!;
    // 3,000 of the first instalment is overdue; the planned invoice's own due date (day 3) holds nothing.
    expect(tl.overdue).toBe(3000);
    expect(tl.periods.map((p) => p.scheduled)).toEqual([0, 3000 + 5000, 0, 0, 0, 3000]);
    const predicted = (i: number) => {
      const [from, to] = week(i);
      return Math.round(
        3000 * chance(2) * share(from, to) +
          3000 * (1 - STUCK) * share(from - 8, to - 8) +
          5000 * (1 - STUCK) * share(from - 10, to - 10) +
          3000 * (1 - STUCK) * share(from - 40, to - 40),
      );
    };
    expect(tl.periods.map((p) => p.predicted)).toEqual([0, 1, 2, 3, 4, 5].map(predicted));

    // A broken plan still expects what is left of it; a completed one gives the invoice its due date back.
    // (Set here behind the app's back, which the handler's memo would not see: the forecast is asked directly.)
    const forecastNow = async () => (await cashForecast(b.store.db, today, today, 'week', 6)).currencies[0]!;
    b.store.raw.prepare("update payment_plans set status = 'broken' where id = ?").run(planId);
    expect((await forecastNow()).overdue).toBe(3000);
    b.store.raw.prepare("update payment_plans set status = 'completed' where id = ?").run(planId);
    const back = await forecastNow();
    expect(back.overdue).toBe(0);
    expect(back.periods.map((p) => p.scheduled)).toEqual([9000, 5000, 0, 0, 0, 0]);
  });
});

describe('dashboard/forecast with cheques and notes', () => {
  it('expects the cheques and notes still ours on their maturity, the invoices they paid being settled', async () => {
    const b = await testBackend();
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
    // 4,000 spread from today by the chance it still comes.
    const paper = [1500, 6000, 2000];
    expect(tl.periods.map((p) => p.predicted)).toEqual(
      [0, 1, 2].map((i) => Math.round(paper[i]! * 0.95 + 4000 * chance(5) * share(...week(i)))),
    );

    // Once collected the cash is in: the cheque leaves the forecast.
    const cheques = await call(b, 'cheques/list', { limit: 50 });
    const matured = cheques.items.find((ch) => ch.amount === 1500)!;
    await call(b, 'cheques/transition', { id: matured.id, to: 'collected', date: today, counterparty: '' });
    const after = (await call(b, 'dashboard/forecast', { periods: 3 })).currencies[0]!;
    expect(after.periods.map((p) => p.scheduled)).toEqual([0, 6000, 2000]);
  });
});
