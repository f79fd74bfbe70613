import { describe, expect, it } from 'vitest';
import { call, refused } from '../../support/test-backend';
import { planSetup, today } from './plan-setup';

describe('plans follow every ledger change', () => {
  it('a bounced cheque takes its payment off the instalments again', async () => {
    const { b, customer, createPlan } = await planSetup();
    const plan = await createPlan();
    const cheque = await call(b, 'cheques/record', {
      kind: 'cheque',
      customerId: customer.id,
      serialNumber: 'B-7',
      bank: 'Ziraat Bankası',
      branch: 'Konak',
      drawer: 'Ege Tekstil A.Ş.',
      issueDate: today,
      dueDate: '2099-01-15',
      amount: 150_000,
      receivedOn: today,
      allocate: 'auto',
    });
    const paid = async () => (await call(b, 'plans/get', { id: plan.id })).instalments.map((i) => i.paidAmount);
    expect(await paid()).toEqual([100_000, 50_000, 0]);
    await call(b, 'cheques/transition', { id: cheque.id, to: 'bounced', date: today });
    expect(await paid()).toEqual([0, 0, 0]);
  });

  it('a cancelled plan keeps its rows as they were and frees its invoices', async () => {
    const { b, customer, first, pay, createPlan } = await planSetup();
    const plan = await createPlan();
    await pay(10_000);
    await call(b, 'plans/cancel', { id: plan.id });
    await pay(10_000);
    const cancelled = await call(b, 'plans/get', { id: plan.id });
    expect([cancelled.status, cancelled.paid]).toEqual(['cancelled', 10_000]);
    const again = await call(b, 'plans/create', {
      customerId: customer.id,
      invoiceIds: [first.id],
      frequency: { kind: 'weekly', every: 2 },
      startDate: today,
      rows: [{ dueDate: today, amount: 80_000 }],
    });
    expect(again.principal).toBe(80_000);
    const cancelTwice = await refused(b, 'plans/cancel', { id: plan.id });
    expect(cancelTwice.issues?.map((i) => i.key)).toEqual(['plans.notLive']);
  });
});

describe('holiday list', () => {
  it('is seeded, and days can be added and removed; a day is listed once', async () => {
    const { b } = await planSetup();
    const y2026 = await call(b, 'holidays/list', { year: 2026 });
    expect(y2026.find((h) => h.date === '2026-05-27')).toMatchObject({ kind: 'public', name: 'Kurban Bayramı 1. gün' });
    expect(y2026.find((h) => h.date === '2026-05-26')?.kind).toBe('half_day');
    expect(y2026.filter((h) => h.kind === 'public')).toHaveLength(7 + 3 + 4);
    await call(b, 'holidays/add', { date: '2026-12-31', name: 'Yıl sonu sayımı', kind: 'company' });
    const twice = await refused(b, 'holidays/add', { date: '2026-12-31', name: 'Again' });
    expect(twice.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['date', 'holidays.dateTaken']]);
    const unnamed = await refused(b, 'holidays/add', { date: '2026-12-30', name: ' ' });
    expect(unnamed.issues?.map((i) => i.path.join('.'))).toEqual(['name']);
    // A company closure moves proposed dates like a public holiday does.
    const proposal = await call(b, 'plans/propose', {
      principal: 1_000,
      count: 1,
      frequency: { kind: 'monthly', day: 31 },
      startDate: '2026-12-01',
      moveToBusinessDay: true,
    });
    expect(proposal.rows.map((r) => [r.dueDate, r.movedFrom])).toEqual([['2027-01-04', '2026-12-31']]);
    await call(b, 'holidays/remove', { date: '2026-12-31' });
    expect((await call(b, 'holidays/list', { year: 2026 })).some((h) => h.date === '2026-12-31')).toBe(false);
    const gone = await refused(b, 'holidays/remove', { date: '2026-12-31' });
    expect(gone.issues?.map((i) => i.key)).toEqual(['holidays.notFound']);
  });
});
