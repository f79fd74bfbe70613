import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { addDays } from '../../../src-shared/dates/business-date';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

type Habit = { customer_id: number; paid_count: number; paid_total: number; late_weighted: number };

/** The kept habits recomputed from the invoices themselves. */
const recomputed = (raw: { prepare(sql: string): { all(): unknown[] } }) =>
  raw
    .prepare(
      `select customer_id, count(*) as paid_count, sum(total) as paid_total,
         sum(max(0, cast(julianday(paid_date) - julianday(due_date) as integer)) * total) as late_weighted
       from invoices where paid_date is not null group by customer_id order by customer_id`,
    )
    .all() as Habit[];

const kept = (raw: { prepare(sql: string): { all(): unknown[] } }) =>
  (raw.prepare('select * from customer_habits where paid_count <> 0 order by customer_id').all() as Habit[]).map((h) => ({
    ...h,
  }));

type Daily = {
  day: string;
  currency: string;
  issued_total: number;
  paid_count: number;
  paid_total: number;
  paid_late_weighted: number;
};

/** The kept daily ledger, and the same figures counted from the invoices. */
const dailyBothWays = (raw: { prepare(sql: string): { all(): unknown[] } }) => ({
  kept: raw
    .prepare(
      `select * from daily_ledger where issued_total <> 0 or paid_count <> 0 or paid_total <> 0 or paid_late_weighted <> 0
       order by day, currency`,
    )
    .all() as Daily[],
  counted: raw
    .prepare(
      `select day, currency, sum(issued) as issued_total, sum(n) as paid_count, sum(paid) as paid_total, sum(late) as paid_late_weighted
       from (select issue_date as day, currency, total as issued, 0 as n, 0 as paid, 0 as late from invoices
             union all
             select paid_date, currency, 0, 1, total, max(0, cast(julianday(paid_date) - julianday(due_date) as integer)) * total
             from invoices where paid_date is not null)
       group by day, currency order by day, currency`,
    )
    .all() as Daily[],
});

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
    expect(kept(b.store.raw)).toEqual([]);
    const rest = await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -18), amount: 600, method: 'cash' });
    expect(kept(b.store.raw)).toEqual([{ customer_id: c.id, paid_count: 1, paid_total: 1000, late_weighted: 12000 }]);
    await call(b, 'payments/reverse', { id: rest.id, reason: 'Yanlış kayıt' });
    expect(kept(b.store.raw)).toEqual([]);
    await call(b, 'payments/reverse', { id: part.id, reason: 'Yanlış kayıt' });
    await call(b, 'payments/record', { customerId: c.id, date: addDays(today, -31), amount: 1000, method: 'cash' });
    expect(kept(b.store.raw)).toEqual([{ customer_id: c.id, paid_count: 1, paid_total: 1000, late_weighted: 0 }]);
    expect((await call(b, 'invoices/get', { id: inv.id })).openAmount).toBe(0);
    const facts = b.store.raw
      .prepare('select distinct invoice_currency, invoice_issue_date, invoice_due_date from allocations')
      .all();
    expect(facts).toEqual([
      { invoice_currency: 'TRY', invoice_issue_date: addDays(today, -40), invoice_due_date: addDays(today, -30) },
    ]);
    // The daily ledger followed the same settling, reopening and settling again.
    const daily = dailyBothWays(b.store.raw);
    expect(daily.kept).toEqual(daily.counted);
    expect(daily.kept.filter((d) => d.paid_count !== 0)).toEqual([
      { day: addDays(today, -31), currency: 'TRY', issued_total: 0, paid_count: 1, paid_total: 1000, paid_late_weighted: 0 },
    ]);
  });

  it('equal a recomputation from the invoices after a bulk load', async () => {
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 60, invoices: 3000, seed: 9 });
    const expected = recomputed(b.store.raw);
    expect(expected.length).toBeGreaterThan(50);
    expect(kept(b.store.raw)).toEqual(expected);
    // Allocations carry their invoice's currency and dates, however they were written.
    const wrongFacts = b.store.raw
      .prepare(
        `select count(*) from allocations a join invoices i on i.id = a.invoice_id
         where a.invoice_currency is not i.currency or a.invoice_issue_date is not i.issue_date or a.invoice_due_date is not i.due_date`,
      )
      .pluck()
      .get();
    expect(wrongFacts).toBe(0);
    const daily = dailyBothWays(b.store.raw);
    expect(daily.kept.length).toBeGreaterThan(300);
    expect(daily.kept).toEqual(daily.counted);
  });
});
