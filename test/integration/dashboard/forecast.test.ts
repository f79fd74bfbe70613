import { describe, expect, it, vi } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { backtestForecast } from '../../../src-main/features/dashboard/forecast';
import { addDays } from '../../../src-shared/dates/business-date';
import { fixedClock } from '../../support/fixed-clock';
import { paidLate } from '../../support/paid-history';
import { backtestReadyEvent, backtestWhenReady } from '../../support/backtest-ready';
import { testStoreIsPostgres } from '../../support/pg-databases';
import { call, testBackend } from '../../support/test-backend';

// A fixed day: the expected figures below are worked out by hand for this ledger, not by the model's code.
const { today, now } = fixedClock('2026-03-18');
const backend = () => testBackend(undefined, now);

describe('dashboard/forecast', () => {
  it('puts open amounts in weeks by due date, and spreads them by how late each customer pays', async () => {
    const b = await backend();
    const onTime = await call(b, 'customers/create', { title: 'Dakik Ticaret A.Ş.' });
    const late = await call(b, 'customers/create', { title: 'Geç Öder Ltd.' });
    // Ten invoices paid on the day and ten paid 10 days late: each customer's habit, and enough history.
    await paidLate(b, onTime.id, { count: 10, daysLate: 0 });
    await paidLate(b, late.id, { count: 10, daysLate: 10 });
    const invoice = (customerId: number, dueIn: number, total: number, currency: 'TRY' | 'USD' = 'TRY') =>
      call(b, 'invoices/create', { customerId, issueDate: addDays(today, -30), dueDate: addDays(today, dueIn), total, currency });
    await invoice(onTime.id, 2, 5000);
    await invoice(onTime.id, 8, 7000);
    await invoice(onTime.id, 200, 900);
    await invoice(onTime.id, 0, 300, 'USD');
    await invoice(late.id, 3, 3000);
    await invoice(late.id, -5, 2000);

    const forecast = await call(b, 'dashboard/forecast', {});
    expect(forecast.granularity).toBe('week');
    const tl = forecast.currencies.find((c) => c.currency === 'TRY')!;
    expect(tl.periods).toHaveLength(13);
    expect(tl.overdue).toBe(2000);
    expect(tl.later.scheduled).toBe(900);
    expect(tl.periods.slice(0, 3).map((p) => [p.from, p.scheduled])).toEqual([
      [today, 8000],
      [addDays(today, 7), 7000],
      [addDays(today, 14), 0],
    ]);
    // Worked by hand. Of the 22,000 that fell due, 2,000 is still open: 1/11 never comes, so coming = 10/11 = 0.90909.
    // The late one's 2,000 is 5 days overdue with a 10-day habit: c = 0.90909 × e^(−5/10) = 0.55138, and its chance
    // is c ÷ (c + 1/11) = 0.85846. The punctual customer's amounts land on their due dates; the late one's 3,000
    // (due day 3) spreads with a mean of 10 days from day 3, the overdue 2,000 with the same mean from today:
    //   week 0: 5,000 × 0.90909 = 4,545.45 + 3,000 × 0.90909 × (1 − e^−0.4) = 899.13 + 2,000 × 0.85846 × (1 − e^−0.7) = 864.33 → 6,309
    //   week 1: 7,000 × 0.90909 = 6,363.64 + 2,727.27 × (e^−0.4 − e^−1.1) = 920.32 + 1,716.93 × (e^−0.7 − e^−1.4) = 429.21 → 7,713
    //   week 2: 2,727.27 × (e^−1.1 − e^−1.8) = 457.02 + 1,716.93 × (e^−1.4 − e^−2.1) = 213.14 → 670
    //   week 3: 2,727.27 × (e^−1.8 − e^−2.5) = 226.95 + 1,716.93 × (e^−2.1 − e^−2.8) = 105.84 → 333
    expect(tl.periods.slice(0, 4).map((p) => p.predicted)).toEqual([6309, 7713, 670, 333]);
    const usd = forecast.currencies.find((c) => c.currency === 'USD')!;
    // 300 × 0.90909 = 272.73
    expect(usd.periods[0]).toMatchObject({ scheduled: 300, predicted: 273 });

    const months = await call(b, 'dashboard/forecast', { granularity: 'month' });
    const monthly = months.currencies.find((c) => c.currency === 'TRY')!;
    expect(monthly.periods).toHaveLength(12);
    expect(monthly.periods[0]!.from).toBe(today);
    const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
    expect(sum(monthly.periods.map((p) => p.scheduled)) + monthly.later.scheduled + monthly.overdue).toBe(17900);
  });

  it('expects less of an amount the longer it is overdue, with cautious defaults where there is no history', async () => {
    const b = await backend();
    const c = await call(b, 'customers/create', { title: 'Unutkan Ltd.' });
    await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: addDays(today, -120),
      dueDate: addDays(today, -90),
      total: 10000,
    });
    const forecast = await call(b, 'dashboard/forecast', { periods: 3 });
    const tl = forecast.currencies[0]!;
    // No history: 5 % is taken as never coming and 30 days late as usual; 90 days overdue leaves about half:
    // c = 0.95 × e^(−90/30) = 0.04730, chance = c ÷ (c + 0.05) = 0.48611, spread from today with a mean of 30 days:
    //   week 0: 10,000 × 0.48611 × (1 − e^(−7/30)) = 4,861.13 × 0.20811 = 1,011.65 → 1,012
    //   week 1: 4,861.13 × (e^(−7/30) − e^(−14/30)) = 4,861.13 × 0.16480 = 801.12 → 801
    //   week 2: 4,861.13 × (e^(−14/30) − e^(−21/30)) = 4,861.13 × 0.13050 = 634.40 → 634
    expect(tl.periods.map((p) => p.predicted)).toEqual([1012, 801, 634]);
    expect(tl.periods.every((p) => p.scheduled === 0)).toBe(true);
    expect(tl.overdue).toBe(10000);
  });
});

describe('dashboard/forecast for a new customer', () => {
  it('expects them to pay like the customers of their segment (B), not like the whole company', async () => {
    const b = await backend();
    const payer = async (title: string, daysLate: number, count: number) => {
      const c = await call(b, 'customers/create', { title });
      await paidLate(b, c.id, { count, daysLate });
      return c;
    };
    const punctual = await payer('Dakik A.Ş.', 0, 20); // segment A
    const slow = await payer('Ağır Ödeyen Ltd.', 10, 20); // always 10 days late: segment B
    expect((await call(b, 'customers/risk', { id: punctual.id })).segment).toBe('A');
    expect((await call(b, 'customers/risk', { id: slow.id })).segment).toBe('B');
    const fresh = await call(b, 'customers/create', { title: 'Yeni Gelen A.Ş.' });
    await call(b, 'invoices/create', { customerId: fresh.id, issueDate: today, dueDate: addDays(today, 3), total: 7000 });

    // Everything that fell due was paid: nothing is taken as never coming.
    const tl = (await call(b, 'dashboard/forecast', { periods: 3 })).currencies[0]!;
    // Spread with B's 10 days from day 3 (the company's average would be 5):
    //   week 0: 7,000 × (1 − e^(−4/10)) = 7,000 × 0.32968 = 2,307.76 → 2,308
    //   week 1: 7,000 × (e^(−4/10) − e^(−11/10)) = 7,000 × 0.33745 = 2,362.14 → 2,362
    //   week 2: 7,000 × (e^(−11/10) − e^(−18/10)) = 7,000 × 0.16757 = 1,173.01 → 1,173
    expect(tl.periods.map((p) => p.predicted)).toEqual([2308, 2362, 1173]);
  });
});

describe('dashboard/forecast with a promise to pay', () => {
  it('expects the promised part of the overdue amount on the promised day, as often as promises are kept', async () => {
    const b = await backend();
    const c = await call(b, 'customers/create', { title: 'Söz Veren Ltd.' });
    await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: addDays(today, -40),
      dueDate: addDays(today, -10),
      total: 10000,
    });
    await call(b, 'promises/create', {
      customerId: c.id,
      amount: 4000,
      currency: 'TRY',
      madeOn: addDays(today, -1),
      promisedDate: addDays(today, 10),
    });
    const tl = (await call(b, 'dashboard/forecast', { periods: 3 })).currencies[0]!;
    // 4,000 of the 10,000 overdue moves to the promised day (week 2): scheduled in full, predicted at the
    // default 70 % kept rate (no promise has come due yet); the other 6,000 stays overdue.
    expect(tl.overdue).toBe(6000);
    expect(tl.periods.map((p) => p.scheduled)).toEqual([0, 4000, 0]);
    // The rest: no history (30 days late usual, 5 % never collected), 10 days overdue: c = 0.95 × e^(−10/30) = 0.68070,
    // chance = c ÷ (c + 0.05) = 0.93157, so 6,000 × 0.93157 = 5,589.44 spread from today with a mean of 30 days:
    //   week 0: 5,589.44 × 0.20811 = 1,163.22 → 1,163
    //   week 1: 4,000 × 70 % = 2,800 + 5,589.44 × 0.16480 = 921.14 → 3,721
    //   week 2: 5,589.44 × 0.13050 = 729.44 → 729
    expect(tl.periods.map((p) => p.predicted)).toEqual([1163, 3721, 729]);
  });
});

describe('dashboard/backtest', () => {
  // A 30,000-invoice demo company is loaded first: long by design (tens of seconds on a busy machine, either store).
  it('beats the as-scheduled forecast on the demo company over the last 8 weeks', { timeout: 120_000 }, async () => {
    const b = await backend();
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 500, invoices: 30000, seed: 4, today });
    const backtest = await backtestWhenReady(b);
    expect(backtest.madeOn).toBe(addDays(today, -56));
    const tl = backtest.currencies.find((c) => c.currency === 'TRY')!;
    expect(tl.weeks).toHaveLength(8);
    expect(tl.weeks.reduce((a, w) => a + w.actual, 0)).toBeGreaterThan(0);
    expect(tl.predictedError).not.toBeNull();
    expect(tl.predictedError!).toBeLessThan(tl.scheduledError!);
    // Made once a day: a payment recorded today is in none of its weeks, and the day's result is kept.
    await call(b, 'payments/record', { customerId: 1, date: today, amount: 12345, method: 'cash' });
    expect(await call(b, 'dashboard/backtest', { weeks: 8 })).toEqual(backtest);
    const { value: kept } = await b.store.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'dashboardBacktest.8')
      .executeTakeFirstOrThrow();
    const { status, ...value } = backtest;
    expect(status).toBe('ready');
    expect(JSON.parse(kept)).toEqual({ day: today, value });
  });

  it('answers at once while a worker thread makes it, then says so with an event', async () => {
    const b = await backend();
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 100, invoices: 3000, seed: 7, today });
    const failures = vi.spyOn(console, 'error');
    const ready = backtestReadyEvent(b, 8);
    // Concurrent calls share one run: both answer `computing`, and one event follows.
    const first = await Promise.all([call(b, 'dashboard/backtest', { weeks: 8 }), call(b, 'dashboard/backtest', { weeks: 8 })]);
    await ready;
    const direct = await backtestForecast(b.store.db, today, 8);
    expect(first[0]).toEqual({ status: 'computing' });
    // On a server the second call's writer transaction waits for the first's, and the server makes the back-test in
    // a few hundred ms: it may find it already kept, and then answers it. On SQLite the worker is never that quick.
    if (testStoreIsPostgres()) expect([{ status: 'computing' }, { status: 'ready', ...direct }]).toContainEqual(first[1]);
    else expect(first[1]).toEqual({ status: 'computing' });
    expect(await call(b, 'dashboard/backtest', { weeks: 8 })).toEqual({ status: 'ready', ...direct });
    expect(direct.currencies.length).toBeGreaterThan(0);
    expect(failures).not.toHaveBeenCalled(); // made on the worker (on SQLite), not by the main-thread fall-back
    failures.mockRestore();
  });
});
