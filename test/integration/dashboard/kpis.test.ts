import { describe, expect, it } from 'vitest';
import { openItemsOn } from '../../../src-main/features/dashboard/open-items-on';
import { receivablesOnDays } from '../../../src-main/features/dashboard/receivables-on-days';
import { agingCells } from '../../../src-main/features/reports/aging-query';
import { addDays } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart, previousMonth } from '../../../src-shared/dates/months';
import { randomLedger } from '../../support/random-ledger';
import { call, refused, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const bounds = [30, 60, 90, 120];

/** Receivables on a day per currency from the aging's own rebuild: the independent way to the same figure. */
async function rebuiltReceivables(db: Parameters<typeof agingCells>[0], day: string) {
  const out: Record<string, { open: number; current: number }> = {};
  for (const cell of await agingCells(db, { asOf: day, bounds }, today, true)) {
    const figures = (out[cell.currency] ??= { open: 0, current: 0 });
    figures.open += cell.buckets.reduce((a, b) => a + b, 0);
    figures.current += cell.buckets[0]!;
  }
  return out;
}

describe('dashboard/kpis', () => {
  it('computes receivables, overdue, DSO, CEI, lateness, promises and collections exactly', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Gösterge Ticaret A.Ş.' });
    const { from: ps, to: pe } = previousMonth(today);
    const invoice = (issueDate: string, dueDate: string, total: number, currency: 'TRY' | 'EUR' = 'TRY') =>
      call(b, 'invoices/create', { customerId: c.id, issueDate, dueDate, total, currency });

    const inv1 = await invoice(addDays(ps, -20), addDays(ps, 10), 10000); // open when the CEI month starts
    const inv2 = await invoice(addDays(ps, 3), pe, 5000); // not yet due when the month closes
    const inv3 = await invoice(addDays(ps, 1), addDays(ps, 2), 3000); // paid 10 days late
    await call(b, 'promises/create', {
      customerId: c.id,
      amount: 4000,
      currency: 'TRY',
      madeOn: ps,
      promisedDate: addDays(ps, 5),
    });
    await call(b, 'promises/create', {
      customerId: c.id,
      amount: 1000,
      currency: 'TRY',
      madeOn: addDays(ps, 6),
      promisedDate: addDays(ps, 8),
    });
    const pay = (date: string, amount: number, invoiceId: number) =>
      call(b, 'payments/record', {
        customerId: c.id,
        date,
        amount,
        method: 'bank_transfer',
        allocate: [{ invoiceId, amount }],
      });
    await pay(addDays(ps, 5), 4000, inv1.id); // keeps the first promise
    await pay(addDays(ps, 12), 3000, inv3.id); // breaks the second (after its day)
    const inv4 = await invoice(monthStart(today), monthEnd(today), 2000); // falls due this month, not yet
    await pay(today, 1500, inv1.id);
    await invoice(today, today, 700, 'EUR');

    const kpis = await call(b, 'dashboard/kpis', {});
    expect(kpis).toMatchObject({ asOf: today, previousAsOf: addMonths(today, -1), ceiMonth: { from: ps, to: pe } });
    expect(kpis.currencies.map((k) => k.currency)).toEqual(['EUR', 'TRY']);
    const tl = kpis.currencies.find((k) => k.currency === 'TRY')!.current;
    // inv1 4500 and inv2 5000 overdue, inv4 2000 not due.
    expect(tl).toEqual({
      receivables: 11500,
      overdue: 9500,
      overdueShare: 0.8261,
      dso: 51.8, // 11500 ÷ 20000 sold in 90 days × 90 = 51.75
      cei: 53.8, // (10000 + 8000 − 11000) ÷ (10000 + 8000 − 5000) = 53.85 %
      avgDaysLate: 10,
      promisesKeptRate: 0.5,
      collectedInMonth: 1500,
      dueInMonth: 2000,
    });
    const eur = kpis.currencies.find((k) => k.currency === 'EUR')!.current;
    expect(eur).toMatchObject({ receivables: 700, overdue: 0, overdueShare: 0, dso: 90, cei: null, dueInMonth: 700 });
    expect(inv2.total + inv4.total).toBe(7000);

    // Last month's tile values are the same figures worked out for that day.
    const before = await rebuiltReceivables(b.store.db, kpis.previousAsOf);
    const previous = kpis.currencies.find((k) => k.currency === 'TRY')!.previous;
    expect(previous.receivables).toBe(before.TRY?.open ?? 0);
    expect(previous.overdue).toBe((before.TRY?.open ?? 0) - (before.TRY?.current ?? 0));
  });

  it('answers again from memory until the ledger changes, then anew', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Bellek Ltd.' });
    await call(b, 'invoices/create', { customerId: c.id, issueDate: addDays(today, -10), dueDate: today, total: 5000 });
    const before = await call(b, 'dashboard/kpis', {});
    expect(await call(b, 'dashboard/kpis', {})).toEqual(before);
    const payment = await call(b, 'payments/record', { customerId: c.id, date: today, amount: 2000, method: 'cash' });
    expect((await call(b, 'dashboard/kpis', {})).currencies[0]!.current.receivables).toBe(3000);
    // A reversal adds no row to the ledger's tables but does to the audit log.
    await call(b, 'payments/reverse', { id: payment.id, reason: 'Yanlış kayıt' });
    expect((await call(b, 'dashboard/kpis', {})).currencies[0]!.current.receivables).toBe(5000);
    expect((await call(b, 'dashboard/forecast', {})).currencies[0]!.periods[0]!.scheduled).toBe(5000);
  });

  it('refuses a day after today', async () => {
    const b = await testBackend(undefined, now);
    const error = await refused(b, 'dashboard/kpis', { asOf: addDays(today, 1) });
    expect(error.issues?.[0]).toMatchObject({ path: ['asOf'], key: 'validation.notInFuture' });
  });
});

describe('receivables on past days', () => {
  it('agrees with the aging rebuilt from allocation dates on a random ledger', async () => {
    const b = await testBackend(undefined, now);
    await randomLedger(b, {
      seed: 11,
      customers: 5,
      invoices: 150,
      maxAge: 300,
      issueLead: 20,
      pay: 0.6,
      reverse: 0.15,
      writeOff: 0.05,
      reverseLast: true,
    });
    const daysAgo = (n: number) => addDays(today, -n);
    const days = [today, daysAgo(1), daysAgo(17), daysAgo(45), daysAgo(120), daysAgo(299), daysAgo(400)];
    const fast = await receivablesOnDays(b.store.db, days);
    for (const day of days) {
      const expected = await rebuiltReceivables(b.store.db, day);
      expect({ day, figures: Object.fromEntries(fast.get(day)!) }).toEqual({ day, figures: expected });
      // The forecast's per-invoice rework of the same day adds up to the same open amounts.
      const perInvoice: Record<string, number> = {};
      for (const item of await openItemsOn(b.store.db, day, today))
        perInvoice[item.currency] = (perInvoice[item.currency] ?? 0) + item.open;
      expect({ day, perInvoice }).toEqual({
        day,
        perInvoice: Object.fromEntries(Object.entries(expected).map(([currency, f]) => [currency, f.open])),
      });
    }
    expect(Object.keys(await rebuiltReceivables(b.store.db, daysAgo(45))).length).toBe(2);
  });
});
