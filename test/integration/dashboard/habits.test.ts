import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { addDays } from '../../../src-shared/dates/business-date';
import { dailyBothWays, keptHabits as kept, recomputedHabits as recomputed } from '../../support/ledger-checks';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

describe('customer habits', () => {
  it('follow payments, partial payments and reversals to the kuruş', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Alışkanlık A.Ş.' });
    const inv = await call(b, 'invoices/create', {
      customerId: c.id,
      issueDate: addDays(today, -40),
      dueDate: addDays(today, -30),
      total: 1000,
    });
    const part = await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -25), amount: 400, method: 'cash' });
    expect(await kept(b)).toEqual([]);
    const rest = await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -18), amount: 600, method: 'cash' });
    expect(await kept(b)).toEqual([{ customer_id: c.id, paid_count: 1, paid_total: 1000, late_weighted: 12000, late_count: 1 }]);
    await call(b, 'payments/reverse', { id: rest.id, reason: 'Yanlış kayıt' });
    expect(await kept(b)).toEqual([]);
    await call(b, 'payments/reverse', { id: part.id, reason: 'Yanlış kayıt' });
    await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -31), amount: 1000, method: 'cash' });
    expect(await kept(b)).toEqual([{ customer_id: c.id, paid_count: 1, paid_total: 1000, late_weighted: 0, late_count: 0 }]);
    expect((await call(b, 'invoices/get', { id: inv.id })).openAmount).toBe(0);
    const facts = await storeSql(b).all(
      'select distinct invoice_currency, invoice_issue_date, invoice_due_date from allocations',
    );
    expect(facts).toEqual([
      { invoice_currency: 'TRY', invoice_issue_date: addDays(today, -40), invoice_due_date: addDays(today, -30) },
    ]);
    // The daily ledger followed the same settling, reopening and settling again.
    const daily = await dailyBothWays(b);
    expect(daily.kept).toEqual(daily.counted);
    expect(daily.kept.filter((d) => d.paid_count !== 0)).toEqual([
      { day: addDays(today, -31), currency: 'TRY', issued_total: 0, paid_count: 1, paid_total: 1000, paid_late_weighted: 0 },
    ]);
  });

  it('equal a recomputation from the invoices after a bulk load', async () => {
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 60, invoices: 3000, seed: 9 });
    const expected = await recomputed(b);
    expect(expected.length).toBeGreaterThan(50);
    expect(await kept(b)).toEqual(expected);
    // Allocations carry their invoice's currency and dates, however they were written.
    const wrongFacts = await storeSql(b).value(
      `select count(*) from allocations a join invoices i on i.id = a.invoice_id
       where a.invoice_currency is distinct from i.currency or a.invoice_issue_date is distinct from i.issue_date
         or a.invoice_due_date is distinct from i.due_date`,
    );
    expect(wrongFacts).toBe(0);
    const daily = await dailyBothWays(b);
    expect(daily.kept.length).toBeGreaterThan(300);
    expect(daily.kept).toEqual(daily.counted);
  });
});
