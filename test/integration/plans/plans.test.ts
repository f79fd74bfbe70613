import { describe, expect, it } from 'vitest';
import { storeSql } from '../../support/store-sql';
import { call, refused } from '../../support/test-backend';
import { daysFromToday, planSetup, today } from './plan-setup';

const issuesOf = (error: { issues?: { path: (string | number)[]; key: string; message: string }[] }) =>
  (error.issues ?? []).map((i) => [i.path.join('.'), i.key]);

describe('plans/create', () => {
  it("covers the customer's whole overdue balance in one currency, rows in one transaction", async () => {
    const { b, customer, first, second, invoice, createPlan } = await planSetup();
    await invoice(50_000, 60, 'EUR');
    const plan = await createPlan();
    expect(plan.status).toBe('active');
    expect(plan.kind).toBe('restructure');
    expect([plan.principal, plan.total, plan.interestAmount, plan.paid]).toEqual([300_000, 300_000, 0, 0]);
    expect(plan.invoices.map((i) => [i.invoiceId, i.amount])).toEqual([
      [first.id, 100_000],
      [second.id, 200_000],
    ]);
    expect(plan.instalments.map((i) => [i.seq, i.state, i.paidAmount])).toEqual([
      [1, 'due', 0],
      [2, 'due', 0],
      [3, 'due', 0],
    ]);
    // The same invoices cannot go on a second live plan.
    const again = await refused(b, 'plans/create', { customerId: customer.id, invoiceIds: [first.id], ...schedule(100_000) });
    expect(issuesOf(again)).toEqual([['invoiceIds.0', 'plans.invoiceInPlan']]);
  });

  it('refuses bad input field by field, and saves nothing', async () => {
    const { b, customer, first, second, invoice } = await planSetup();
    const euro = await invoice(50_000, 10, 'EUR');
    const base = { customerId: customer.id, invoiceIds: [first.id] };

    const off = await refused(b, 'plans/create', { ...base, ...schedule(99_999) });
    expect(issuesOf(off)).toEqual([['rows', 'plans.rowsUnder']]);
    expect(off.message).toMatch(/0,01/);
    const over = await refused(b, 'plans/create', { ...base, ...schedule(100_000, [60_000, 40_001]) });
    expect(issuesOf(over)).toEqual([['rows', 'plans.rowsOver']]);

    const dates = await refused(b, 'plans/create', {
      ...base,
      ...schedule(100_000, [50_000, 50_000]),
      rows: [
        { dueDate: daysFromToday(20), amount: 50_000 },
        { dueDate: daysFromToday(20), amount: 50_000 },
      ],
    });
    expect(issuesOf(dates)).toEqual([['rows.1.dueDate', 'plans.datesIncrease']]);

    const wrongInvoices = await refused(b, 'plans/create', {
      ...base,
      invoiceIds: [second.id, euro.id, 99_999],
      ...schedule(200_000),
    });
    expect(issuesOf(wrongInvoices)).toEqual([
      ['invoiceIds.1', 'validation.currencyMismatch'],
      ['invoiceIds.2', 'validation.unknownInvoice'],
    ]);
    const none = await refused(b, 'plans/create', { customerId: customer.id, ...schedule(1) });
    expect(issuesOf(none)).toEqual([['invoiceIds', 'plans.noInvoices']]);
    const badShape = await refused(b, 'plans/create', {
      ...base,
      ...schedule(100_000),
      rows: [{ dueDate: '2027-02-30', amount: 1.5 }],
    });
    expect(issuesOf(badShape)).toEqual([
      ['rows.0.dueDate', 'validation.date'],
      ['rows.0.amount', 'validation.minorUnits'],
    ]);
    const interest = await refused(b, 'plans/create', { ...base, ...schedule(100_500), interestAmount: 500 });
    expect(issuesOf(interest)).toEqual([['interestAmount', 'plans.interestWithoutRate']]);

    expect((await call(b, 'plans/list', { customerId: customer.id })).items).toEqual([]);
    expect(await storeSql(b).value('select count(*) from plan_instalments')).toBe(0);
  });

  it('books interest as a vade farkı invoice the plan covers, shown apart', async () => {
    const { b, customer, first } = await planSetup();
    const plan = await call(b, 'plans/create', {
      customerId: customer.id,
      invoiceIds: [first.id],
      ...schedule(101_000, [50_500, 50_500]),
      interestRateBp: 2400,
      interestAmount: 1_000,
    });
    expect([plan.principal, plan.interestAmount, plan.total, plan.kind]).toEqual([100_000, 1_000, 101_000, 'instalment']);
    const interest = plan.invoices.find((i) => i.isInterest)!;
    expect(interest.invoiceId).toBe(plan.interestInvoiceId);
    const invoice = await call(b, 'invoices/get', { id: interest.invoiceId });
    expect([invoice.total, invoice.openAmount, invoice.customerId]).toEqual([1_000, 1_000, customer.id]);
    expect(invoice.notes).toContain(`#${plan.id}`);
  });
});

describe('payments towards a plan', () => {
  it('fill the instalments oldest first, and a reversal takes it back', async () => {
    const { b, customer, pay, createPlan } = await planSetup();
    const plan = await createPlan();
    const partial = await pay(40_000);
    let now = await call(b, 'plans/get', { id: plan.id });
    expect(now.instalments.map((i) => [i.paidAmount, i.state])).toEqual([
      [40_000, 'partly_paid'],
      [0, 'due'],
      [0, 'due'],
    ]);
    await pay(150_000);
    now = await call(b, 'plans/get', { id: plan.id });
    expect(now.instalments.map((i) => [i.paidAmount, i.state])).toEqual([
      [100_000, 'paid'],
      [90_000, 'partly_paid'],
      [0, 'due'],
    ]);
    expect(now.paid).toBe(190_000);

    await call(b, 'payments/reverse', { id: partial.id, reason: 'Yanlış kayıt' });
    now = await call(b, 'plans/get', { id: plan.id });
    expect(now.instalments.map((i) => i.paidAmount)).toEqual([100_000, 50_000, 0]);

    await call(b, 'credit-notes/create', {
      customerId: customer.id,
      date: today,
      amount: 150_000,
      note: 'İade',
      allocate: 'auto',
    });
    now = await call(b, 'plans/get', { id: plan.id });
    expect(now.instalments.every((i) => i.state === 'paid')).toBe(true);
    expect(now.status).toBe('completed');
    const timeline = await call(b, 'customers/timeline', { id: customer.id, limit: 50 });
    expect(timeline.items.filter((e) => e.kind === 'plan').map((e) => [e.code, e.title])).toEqual([
      ['completed', String(plan.id)],
      ['created', String(plan.id)],
    ]);
  });

  it('a plan late past the grace period is broken; the rest can be re-planned', async () => {
    const { b, customer, first, second, pay, createPlan } = await planSetup();
    // First instalment 8 days ago: one day past the default 7-day grace.
    const plan = await createPlan({}, -8);
    await pay(30_000);
    const broken = await call(b, 'plans/get', { id: plan.id });
    expect(broken.status).toBe('broken');
    expect(broken.statusDate).toBe(today);
    expect(broken.instalments[0]!.state).toBe('late');
    const listed = await call(b, 'plans/list', { customerId: customer.id, status: 'broken' });
    expect(listed.items.map((p) => p.id)).toEqual([plan.id]);

    const replanned = await call(b, 'plans/replan', { id: plan.id, ...schedule(270_000, [135_000, 135_000]) });
    expect(replanned.replacesPlanId).toBe(plan.id);
    expect(replanned.principal).toBe(270_000);
    expect(replanned.invoices.map((i) => [i.invoiceId, i.amount])).toEqual([
      [first.id, 70_000],
      [second.id, 200_000],
    ]);
    const old = await call(b, 'plans/get', { id: plan.id });
    expect([old.status, old.replacedByPlanId]).toEqual(['replanned', replanned.id]);
    const stillOff = await refused(b, 'plans/replan', { id: replanned.id, ...schedule(1) });
    expect(issuesOf(stillOff)).toEqual([['rows', 'plans.rowsUnder']]);
    const again = await refused(b, 'plans/replan', { id: plan.id, ...schedule(270_000) });
    expect(issuesOf(again)).toEqual([['id', 'plans.notLive']]);

    await call(b, 'plans/update-settings', { graceDays: 30 });
    expect((await call(b, 'plans/settings', {})).graceDays).toBe(30);
    const cancelled = await call(b, 'plans/cancel', { id: replanned.id });
    expect(cancelled.status).toBe('cancelled');
    // The timeline keeps every step, "broken" too, after the plan was replanned.
    const timeline = await call(b, 'customers/timeline', { id: customer.id, limit: 50 });
    expect(timeline.items.filter((e) => e.kind === 'plan').map((e) => [e.title, e.code])).toEqual([
      [String(replanned.id), 'cancelled'],
      [String(replanned.id), 'created'],
      [String(plan.id), 'replanned'],
      [String(plan.id), 'broken'],
      [String(plan.id), 'created'],
    ]);
  });
});

function schedule(total: number, amounts: number[] = [total]) {
  return {
    frequency: { kind: 'custom' as const, dates: amounts.map((_, i) => daysFromToday(20 + 30 * i)) },
    startDate: daysFromToday(20),
    rows: amounts.map((amount, i) => ({ dueDate: daysFromToday(20 + 30 * i), amount })),
  };
}
