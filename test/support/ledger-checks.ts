import { sql } from 'kysely';
import type { Backend } from '../../src-main/backend';
import { daysBetween } from '../../src-main/store/dialect/dates';
import { greatest } from '../../src-main/store/dialect/scalars';
import { storeSql } from './store-sql';

/**
 * The ledger's invariant, computed two independent ways per currency:
 * invoices − write-offs − live payments and credit notes  ===  open invoice amounts − unallocated credit.
 */
export async function balancesBothWays(
  backend: Backend,
  customerId: number,
): Promise<{ byDocuments: Record<string, number>; byOpenItems: Record<string, number> }> {
  const rows = (sqlText: string) => storeSql(backend).all<{ currency: string; v: number }>(sqlText, customerId);
  const sum = (...lists: { currency: string; v: number }[][]) => {
    const out: Record<string, number> = {};
    for (const [i, list] of lists.entries())
      for (const r of list) out[r.currency] = (out[r.currency] ?? 0) + (i === 0 ? r.v : -r.v);
    return out;
  };
  const byDocuments = sum(
    await rows('select currency, sum(total) v from invoices where customer_id = ? group by currency'),
    await rows('select currency, sum(written_off_amount) v from invoices where customer_id = ? group by currency'),
    await rows('select currency, sum(amount) v from payments where customer_id = ? and reversed_at is null group by currency'),
  );
  const byOpenItems = sum(
    await rows('select currency, sum(open_amount) v from invoices where customer_id = ? group by currency'),
    await rows(
      'select currency, sum(unallocated) v from payments where customer_id = ? and reversed_at is null group by currency',
    ),
  );
  return { byDocuments, byOpenItems };
}

/**
 * The forecast's kept open amounts (migration 17) next to the same groups counted from the invoices and the
 * customers' habits: per customer and due date, and per lateness band (whole days, -1 without three paid invoices).
 */
export async function forecastGroupsBothWays(backend: Backend) {
  const read = (sqlText: string) => storeSql(backend).all(sqlText);
  const band = `coalesce((select case when h.paid_count >= 3 then (2 * h.late_weighted + h.paid_total) / (2 * h.paid_total) else -1 end
    from customer_habits h where h.customer_id = i.customer_id), -1)`;
  return {
    kept: {
      byCustomer: await read('select * from open_by_customer_due order by customer_id, currency, due_date'),
      byBand: await read('select * from open_by_lateness_due order by band, customer_id, currency, due_date'),
    },
    counted: {
      byCustomer: await read(`select customer_id, currency, due_date, count(*) as count, sum(open_amount) as open from invoices
        where open_amount > 0 group by 1, 2, 3 order by 1, 2, 3`),
      byBand: await read(`select band, case when band >= 0 then 0 else customer_id end as customer_id, currency, due_date,
          count(*) as count, sum(open_amount) as open
        from (select ${band} as band, i.* from invoices i where open_amount > 0) as open_invoices group by 1, 2, 3, 4 order by 1, 2, 3, 4`),
    },
  };
}

/**
 * The kept daily collections (migration 17) and collections per day and method (migration 38) next to the live
 * payments summed the same ways.
 */
export async function collectionsBothWays(backend: Backend) {
  const read = (sqlText: string) => storeSql(backend).all(sqlText);
  return {
    kept: {
      byDay: await read('select day, currency, collected from daily_collections where collected <> 0 order by 1, 2'),
      byMethod: await read('select day, currency, method, count, amount from collections_by_method order by 1, 2, 3'),
    },
    counted: {
      byDay: await read(`select date as day, currency, sum(amount) as collected from payments
        where kind = 'payment' and reversed_at is null group by 1, 2 order by 1, 2`),
      byMethod: await read(`select date as day, currency, coalesce(method, '') as method, count(*) as count, sum(amount) as amount
        from payments where kind = 'payment' and reversed_at is null group by 1, 2, 3 order by 1, 2, 3`),
    },
  };
}

/** What was paid towards each promise as kept (migrations 17, 18) and as the promises' own rule counts it. */
export async function promisePaidBothWays(backend: Backend) {
  const read = (sqlText: string) => storeSql(backend).all(sqlText);
  return {
    kept: await read('select promise_id, paid from promise_paid order by 1'),
    counted: await read(`select pr.id as promise_id, coalesce((select sum(p.amount) from payments p
        where p.customer_id = pr.customer_id and p.currency = pr.currency and p.kind = 'payment' and p.reversed_at is null
          and p.date >= pr.made_on and p.date <= pr.promised_date and p.created_at >= pr.created_at), 0) as paid
      from promises pr order by 1`),
  };
}

/** The kept invoice summary (migration 4) next to the same figures grouped from the invoice rows. */
export async function summaryVsRows(b: Backend) {
  const read = (sqlText: string) => storeSql(b).all(sqlText);
  return {
    kept: await read(
      'select currency, state, due_date, count, total, open from invoice_summary where count <> 0 order by 1, 2, 3',
    ),
    recomputed:
      await read(`select currency, case when open_amount = 0 then (case when written_off_amount > 0 then 'written_off' else 'paid' end)
        when open_disputes > 0 then 'disputed' when open_amount < total then 'partial' else 'full' end as state,
        due_date, count(*) as count, sum(total) as total, sum(open_amount) as open
      from invoices group by 1, 2, 3 order by 1, 2, 3`),
  };
}

export type Habit = { customer_id: number; paid_count: number; paid_total: number; late_weighted: number; late_count: number };

/** Whole days an invoice was paid late (0 when on time), in either store's SQL. */
const lateDays = ({ store: { db } }: Backend) =>
  storeSql({ store: { db } }).text(
    greatest(db, sql`0`, sql`cast(${daysBetween(db, sql.raw('due_date'), sql.raw('paid_date'))} as integer)`),
  );

/** The kept habits (migration 6) recomputed from the invoices themselves. */
export const recomputedHabits = (b: Backend) =>
  storeSql(b).all<Habit>(
    `select customer_id, count(*) as paid_count, sum(total) as paid_total, sum(${lateDays(b)} * total) as late_weighted,
       sum(case when paid_date > due_date then 1 else 0 end) as late_count
     from invoices where paid_date is not null group by customer_id order by customer_id`,
  );

export const keptHabits = (b: Backend) =>
  storeSql(b).all<Habit>('select * from customer_habits where paid_count <> 0 order by customer_id');

type Daily = {
  day: string;
  currency: string;
  issued_total: number;
  paid_count: number;
  paid_total: number;
  paid_late_weighted: number;
};

/** The kept daily ledger (migration 9), and the same figures counted from the invoices. */
export const dailyBothWays = async (b: Backend) => {
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
