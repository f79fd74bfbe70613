import { describe, expect, it, vi } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { backtestForecast } from '../../../src-main/features/dashboard/forecast';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { paidLate } from '../../support/paid-history';
import { backtestReadyEvent, backtestWhenReady } from '../../support/backtest-ready';
import { call, testBackend } from '../../support/test-backend';

const today = todayLocal();

describe('dashboard/forecast', () => {
  it('puts open amounts in weeks by due date, and spreads them by how late each customer pays', async () => {
    const b = await testBackend();
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

    // Of the 22,000 that fell due in the last year, 2,000 is still open: 1/11 is taken as never coming.
    const stuck = 1 / 11;
    const coming = 1 - stuck;
    // The late one's 2,000 is 5 days overdue: with a 10-day habit it is still likely to come, a bit less so.
    const overdueChance = (coming * Math.exp(-5 / 10)) / (coming * Math.exp(-5 / 10) + stuck);
    // Exponential spread: the share of a receipt expected from `start` to `end` days after it starts.
    const share = (mean: number, start: number, end: number) =>
      Math.exp(-Math.max(0, start) / mean) - Math.exp(-Math.max(0, end) / mean);
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
    // The punctual customer's amounts land on their due dates; the late one's spread with a mean of 10 days
    // from the due date (day 3), and the overdue one with the same mean from today.
    const week = (i: number) =>
      Math.round(
        (i === 0 ? 5000 * coming : i === 1 ? 7000 * coming : 0) +
          3000 * coming * share(10, 7 * i - 3, 7 * i + 4) +
          2000 * overdueChance * share(10, 7 * i, 7 * i + 7),
      );
    expect(tl.periods.slice(0, 4).map((p) => p.predicted)).toEqual([week(0), week(1), week(2), week(3)]);
    const usd = forecast.currencies.find((c) => c.currency === 'USD')!;
    expect(usd.periods[0]).toMatchObject({ scheduled: 300, predicted: Math.round(300 * coming) });

    const months = await call(b, 'dashboard/forecast', { granularity: 'month' });
    const monthly = months.currencies.find((c) => c.currency === 'TRY')!;
    expect(monthly.periods).toHaveLength(12);
    expect(monthly.periods[0]!.from).toBe(today);
    const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
    expect(sum(monthly.periods.map((p) => p.scheduled)) + monthly.later.scheduled + monthly.overdue).toBe(17900);
  });

  it('expects less of an amount the longer it is overdue, with cautious defaults where there is no history', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', { title: 'Unutkan Ltd.' });
    await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: addDays(today, -120),
      dueDate: addDays(today, -90),
      total: 10000,
    });
    const forecast = await call(b, 'dashboard/forecast', { periods: 3 });
    const tl = forecast.currencies[0]!;
    // No history: 5 % is taken as never coming and 30 days late as usual; 90 days overdue leaves about half.
    const coming = 0.95 * Math.exp(-90 / 30);
    const chance = coming / (coming + 0.05);
    expect(chance).toBeGreaterThan(0.45);
    expect(tl.periods.map((p) => p.predicted)).toEqual(
      [0, 1, 2].map((i) => Math.round(10000 * chance * (Math.exp((-7 * i) / 30) - Math.exp((-7 * (i + 1)) / 30)))),
    );
    expect(tl.periods.every((p) => p.scheduled === 0)).toBe(true);
    expect(tl.overdue).toBe(10000);
  });
});

describe('dashboard/forecast for a new customer', () => {
  it('expects them to pay like the customers of their segment (B), not like the whole company', async () => {
    const b = await testBackend();
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
    // Spread with B's 10 days from day 3 (the company's average would be 5).
    const share = (start: number, end: number) => Math.exp(-Math.max(0, start) / 10) - Math.exp(-end / 10);
    expect(tl.periods.map((p) => p.predicted)).toEqual([0, 1, 2].map((i) => Math.round(7000 * share(7 * i - 3, 7 * i + 4))));
  });
});

describe('dashboard/forecast with a promise to pay', () => {
  it('expects the promised part of the overdue amount on the promised day, as often as promises are kept', async () => {
    const b = await testBackend();
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
    // The rest: no history (30 days late usual, 5 % never collected), 10 days overdue.
    const coming = 0.95 * Math.exp(-10 / 30);
    const chance = coming / (coming + 0.05);
    const share = (i: number) => Math.exp((-7 * i) / 30) - Math.exp((-7 * (i + 1)) / 30);
    expect(tl.periods.map((p) => p.predicted)).toEqual(
      [0, 1, 2].map((i) => Math.round((i === 1 ? 2800 : 0) + 6000 * chance * share(i))),
    );
  });
});

describe('dashboard/backtest', () => {
  it('beats the as-scheduled forecast on the demo company over the last 8 weeks', async () => {
    const b = await testBackend();
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 500, invoices: 30000, seed: 4 });
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
    const kept = b.store.raw.prepare("select value from settings where key = 'dashboardBacktest.8'").pluck().get() as string;
    const { status, ...value } = backtest;
    expect(status).toBe('ready');
    expect(JSON.parse(kept)).toEqual({ day: today, value });
  });

  it('answers at once while a worker thread makes it, then says so with an event', async () => {
    const b = await testBackend();
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 100, invoices: 3000, seed: 7 });
    const failures = vi.spyOn(console, 'error');
    const ready = backtestReadyEvent(b, 8);
    // Concurrent calls share one run: both answer `computing`, and one event follows.
    const first = await Promise.all([call(b, 'dashboard/backtest', { weeks: 8 }), call(b, 'dashboard/backtest', { weeks: 8 })]);
    expect(first).toEqual([{ status: 'computing' }, { status: 'computing' }]);
    await ready;
    const direct = await backtestForecast(b.store.db, today, 8);
    expect(await call(b, 'dashboard/backtest', { weeks: 8 })).toEqual({ status: 'ready', ...direct });
    expect(direct.currencies.length).toBeGreaterThan(0);
    expect(failures).not.toHaveBeenCalled(); // made on the worker, not by the main-thread fall-back
    failures.mockRestore();
  });
});
