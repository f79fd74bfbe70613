import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { addDays } from '../../../src-shared/dates/business-date';
import { daysBetween } from '../../../src-main/store/dialect/dates';
import { greatest } from '../../../src-main/store/dialect/scalars';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

type Habit = { customer_id: number; paid_count: number; paid_total: number; late_weighted: number; late_count: number };

/** Whole days an invoice was paid late (0 when on time), in either store's SQL. */
const lateDays = ({ store: { db } }: Backend) =>
  storeSql({ store: { db } }).text(
    greatest(db, sql`0`, sql`cast(${daysBetween(db, sql.raw('due_date'), sql.raw('paid_date'))} as integer)`),
  );

/** The kept habits recomputed from the invoices themselves. */
const recomputed = (b: Backend) =>
  storeSql(b).all<Habit>(
    `select customer_id, count(*) as paid_count, sum(total) as paid_total, sum(${lateDays(b)} * total) as late_weighted,
       sum(case when paid_date > due_date then 1 else 0 end) as late_count
     from invoices where paid_date is not null group by customer_id order by customer_id`,
  );

const kept = (b: Backend) => storeSql(b).all<Habit>('select * from customer_habits where paid_count <> 0 order by customer_id');

type Daily = {
  day: string;
  currency: string;
  issued_total: number;
  paid_count: number;
  paid_total: number;
  paid_late_weighted: number;
};

/** The kept daily ledger, and the same figures counted from the invoices. */
const dailyBothWays = async (b: Backend) => {
  const q = storeSql(b);
  return {
    kept: await q.all<Daily>(
      `select * from daily_ledger where issued_total <> 0 or paid_count <> 0 or paid_total <> 0 or paid_late_weighted <> 0
       order by day, currency`,
    ),
    counted: await q.all<Daily>(
      `select day, currency, sum(issued) as issued_total, sum(n) as paid_count, sum(paid) as paid_total, sum(late) as paid_late_weighted
       from (select issue_date as day, currency, total as issued, 0 as n, 0 as paid, 0 as late from invoices
             union all
             select paid_date, currency, 0, 1, total, ${lateDays(b)} * total
             from invoices where paid_date is not null) as ledger
       group by day, currency order by day, currency`,
    ),
  };
};

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
