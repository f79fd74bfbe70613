import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { addDays } from '../../../src-shared/dates/business-date';
import type { Currency } from '../../../src-shared/money/currency';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

async function owing(b: Backend, title: string, total: number, daysOverdue: number, currency: Currency = 'TRY') {
  const customer = await call(b, 'customers/create', { title });
  const invoice = await call(b, 'invoices/create', {
    customerId: customer.id,
    issueDate: addDays(today, -daysOverdue - 30),
    dueDate: addDays(today, -daysOverdue),
    total,
    currency,
  });
  return { customer, invoice };
}

/** The 300,000 of `owing` on a plan of two halves, the first due in `firstInDays`, the second 30 days later. */
async function planInHalves(b: Backend, debt: Awaited<ReturnType<typeof owing>>, firstInDays: number) {
  await call(b, 'plans/create', {
    customerId: debt.customer.id,
    invoiceIds: [debt.invoice.id],
    frequency: { kind: 'monthly', day: 1 },
    startDate: addDays(today, firstInDays),
    rows: [
      { dueDate: addDays(today, firstInDays), amount: 150_000 },
      { dueDate: addDays(today, firstInDays + 30), amount: 150_000 },
    ],
  });
}

const scheduledTotal = (f: { overdue: number; periods: { scheduled: number }[]; later: { scheduled: number } }) =>
  f.overdue + f.periods.reduce((s, p) => s + p.scheduled, 0) + f.later.scheduled;

describe('the screens agree on what is owed, promised and expected', () => {
  it('Today leaves out debt in an active payment plan, as reminders do', async () => {
    const b = await testBackend(undefined, now);
    const { customer, invoice } = await owing(b, 'Planlı Borç Ltd', 300_000, 20);
    const other = await owing(b, 'Plansız Borç Ltd', 100_000, 20);
    await planInHalves(b, { customer, invoice }, 10);
    const list = await call(b, 'today/list', {});
    expect(list.items.map((i) => i.customerId)).toEqual([other.customer.id]);
  });

  it('Today chases planned debt again once days passing break the plan, whichever screen worked the day out first', async () => {
    let daysLater = 0;
    const b = await testBackend(undefined, () => new Date(now().getTime() + daysLater * 86_400_000));
    const { customer, invoice } = await owing(b, 'Sözünü Tutmayan Ltd', 300_000, 20);
    const other = await owing(b, 'Plansız Borç Ltd', 100_000, 20);
    await planInHalves(b, { customer, invoice }, 1);
    expect((await call(b, 'today/list', {})).items.map((i) => i.customerId)).toEqual([other.customer.id]);

    // Weeks later the first instalment is unpaid past the grace days. The customer list works the day's figures out
    // first (the plan not yet marked broken); Today then breaks the plan, and its customer's kept figures follow.
    daysLater = 20;
    await call(b, 'customers/list', { status: 'all' });
    const later = await call(b, 'today/list', {});
    expect(later.items.map((i) => [i.customerId, i.overdue])).toEqual([
      [customer.id, [{ currency: 'TRY', amount: 300_000 }]],
      [other.customer.id, [{ currency: 'TRY', amount: 100_000 }]],
    ]);
    expect((await call(b, 'plans/list', { customerId: customer.id })).items[0]).toMatchObject({ status: 'broken' });
  });

  it('a promise counts only payments recorded after it was made, even on the same day', async () => {
    const b = await testBackend(undefined, now);
    const { customer } = await owing(b, 'Aynı Gün Ödeyen Ltd', 500_000, 30);
    await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 100_000, method: 'cash' });
    await sleep(5); // the promise is made a moment after the payment was recorded
    const promise = await call(b, 'promises/create', {
      customerId: customer.id,
      amount: 200_000,
      promisedDate: addDays(today, 5),
    });
    expect(promise).toMatchObject({ status: 'pending', paidSoFar: 0 });
    const calendar = await call(b, 'calendar/items', { from: today, to: addDays(today, 10), kinds: ['promise'] });
    expect(calendar.items.map((i) => i.amount)).toEqual([200_000]);

    await sleep(5);
    await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 50_000, method: 'cash' });
    expect((await call(b, 'promises/list', { customerId: customer.id }))[0]).toMatchObject({
      paidSoFar: 50_000,
      status: 'pending',
    });
    const after = await call(b, 'calendar/items', { from: today, to: addDays(today, 10), kinds: ['promise'] });
    expect(after.items.map((i) => i.amount)).toEqual([150_000]);
  });

  it('the forecast (and so the dashboard) expects every promise the calendar shows, on its day', async () => {
    const b = await testBackend(undefined, now);
    // Nothing overdue: the promise covers an invoice not yet due, and is still expected as promised.
    const customer = await call(b, 'customers/create', { title: 'Erken Ödeyecek Ltd' });
    await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: today,
      dueDate: addDays(today, 45),
      total: 400_000,
    });
    await call(b, 'promises/create', { customerId: customer.id, amount: 80_000, promisedDate: addDays(today, 3) });
    const calendar = await call(b, 'calendar/items', { from: today, to: addDays(today, 10), kinds: ['promise'] });
    expect(calendar.items.map((i) => [i.date, i.amount])).toEqual([[addDays(today, 3), 80_000]]);

    const forecast = await call(b, 'dashboard/forecast', { granularity: 'week', periods: 13 });
    const tl = forecast.currencies.find((c) => c.currency === 'TRY')!;
    expect(scheduledTotal(tl)).toBe(480_000);
    const week = tl.periods.find((p) => p.from <= addDays(today, 3) && addDays(today, 3) <= p.to)!;
    expect(week.scheduled).toBeGreaterThanOrEqual(80_000);
    expect(week.predicted).toBeGreaterThan(0);
  });

  it('the dashboard says how much of its overdue is disputed, which the invoice list shows apart', async () => {
    const b = await testBackend(undefined, now);
    const { invoice } = await owing(b, 'İtirazcı Ltd', 250_000, 15);
    await owing(b, 'Düzenli Ltd', 100_000, 15);
    await call(b, 'disputes/open', { invoiceId: invoice.id, reason: 'quality', amount: 50_000 });
    const kpis = await call(b, 'dashboard/kpis', {});
    const tl = kpis.currencies.find((c) => c.currency === 'TRY')!;
    expect(tl.current.overdue).toBe(350_000);
    expect(tl.overdueDisputed).toBe(250_000);
    const listed = await call(b, 'invoices/totals', { status: 'overdue', currency: 'TRY' });
    expect(listed[0]!.open).toBe(tl.current.overdue - tl.overdueDisputed!);
    const disputed = await call(b, 'invoices/totals', { status: 'disputed', currency: 'TRY' });
    expect(disputed[0]!.open).toBe(tl.overdueDisputed);
  });

  it('Today never adds two currencies: each weighs by its share of the company overdue in its own currency', async () => {
    const b = await testBackend(undefined, now);
    // 1.000 USD is all the dollars owed; 50.000 TL is half of the lira owed. Summing units would put the lira first.
    const dollars = await owing(b, 'Dolar Borçlu Inc', 100_000, 10, 'USD');
    const lira = await owing(b, 'Lira Borçlu Ltd', 5_000_000, 10);
    const moreLira = await owing(b, 'Diğer Lira Borçlu Ltd', 5_000_000, 10);
    const list = await call(b, 'today/list', {});
    expect(new Set(list.items.map((i) => i.segment)).size).toBe(1);
    expect(list.items.map((i) => i.customerId)).toEqual([dollars.customer.id, lira.customer.id, moreLira.customer.id]);
    expect(list.items.map((i) => i.overdueShare)).toEqual([1, 0.5, 0.5]);
    expect(list.items[0]!.overdue).toEqual([{ currency: 'USD', amount: 100_000 }]);
  });
});
