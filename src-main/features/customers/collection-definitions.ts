import { sql, type RawBuilder } from 'kysely';
import { calendarSources, EXPECTED_PLAN_STATUSES } from '../calendar/calendar-sources';

/**
 * What the customer list's figures count as owed, overdue and expected — the only place its figures take these
 * rules from, so they can be pointed at the shared collection-truth module in one edit. Each function answers
 * rows per customer and currency (never a sum over currencies) for one customer or for everyone.
 *
 * - balance: open invoice amounts (kept per due date in `open_by_customer_due`) minus unallocated money paid ahead
 *   (the card's and the aging report's balance);
 * - overdue: open, undisputed invoices due before today that no running plan covers, plus the unpaid part of
 *   running plans' instalments due before today (a plan replaces the due dates of the invoices it covers);
 * - next expected: the calendar's sources (invoice due dates not in a plan, unpaid instalments, cheques and
 *   notes held, pending promises less what was paid towards them) from today on: the first day and its sum.
 */

/** One customer, or everyone (the daily refresh and bulk changes). */
export type FigureScope = number | 'all';

const onlyCustomer = (scope: FigureScope, column: string) => (scope === 'all' ? sql`` : sql`and ${sql.ref(column)} = ${scope}`);

const planList = sql.join(EXPECTED_PLAN_STATUSES.map((status) => sql`${status}`));

/** Invoices a running plan covers: expected and overdue through its instalments, not their own due dates. */
const inRunningPlan = sql`select pi.invoice_id from plan_invoices pi join payment_plans p on p.id = pi.plan_id
  where p.status in (${planList})`;

/**
 * Open invoices not counted on their own due date, as a set SQLite builds once (a `not in` probe per invoice is far
 * cheaper than joining each open invoice to the plans: ~190,000 of them at a million invoices).
 */
const notOverdueOnTheirOwn = sql`(select invoice_id from disputes where status = 'open' union ${inRunningPlan})`;

export interface BalanceRow {
  customer_id: number;
  currency: string;
  balance: number;
}

export function balanceSql(scope: FigureScope): RawBuilder<BalanceRow> {
  return sql<BalanceRow>`select customer_id, currency, sum(amount) as balance from (
      select o.customer_id, o.currency, o.open as amount
      from open_by_customer_due o where 1 = 1 ${onlyCustomer(scope, 'o.customer_id')}
      union all
      select p.customer_id, p.currency, -p.unallocated
      from payments p where p.unallocated > 0 and p.reversed_at is null ${onlyCustomer(scope, 'p.customer_id')}
    ) group by customer_id, currency`;
}

export interface OverdueRow {
  customer_id: number;
  currency: string;
  overdue: number;
  oldest_due: string;
}

export function overdueSql(today: string, scope: FigureScope): RawBuilder<OverdueRow> {
  return sql<OverdueRow>`select customer_id, currency, sum(amount) as overdue, min(due_date) as oldest_due from (
      select i.customer_id, i.currency, i.open_amount as amount, i.due_date
      from invoices i
      where i.open_amount > 0 and i.due_date < ${today} ${onlyCustomer(scope, 'i.customer_id')}
        and i.id not in ${notOverdueOnTheirOwn}
      union all
      select n.customer_id, n.currency, n.amount - n.paid_amount, n.due_date
      from plan_instalments n join payment_plans p on p.id = n.plan_id
      where n.paid_amount < n.amount and n.due_date < ${today} and p.status in (${planList})
        ${onlyCustomer(scope, 'n.customer_id')}
    ) group by customer_id, currency`;
}

export interface NextExpectedRow {
  customer_id: number;
  currency: string;
  day: string;
  amount: number;
}

/** "From today on" has no end: a day after every item. */
const NO_END = '9999-12-31';

export function nextExpectedSql(today: string, scope: FigureScope): RawBuilder<NextExpectedRow> {
  // The calendar's instalments, cheques and promises; its invoices (due dates not in a running plan) read here
  // with the plans as one set rather than once per open invoice.
  const sources = calendarSources(
    {
      from: today,
      to: NO_END,
      limit: 1,
      kinds: ['instalment', 'cheque', 'promise'],
      ...(scope === 'all' ? {} : { customerId: scope }),
    },
    today,
  );
  // The calendar's columns, in its order (a union matches columns by position).
  sources.unshift(sql`select 'invoice' as kind, i.id, i.due_date as date, i.customer_id, i.open_amount as amount, i.currency
    from invoices i
    where i.open_amount > 0 and i.due_date >= ${today} ${onlyCustomer(scope, 'i.customer_id')}
      and i.id not in (${inRunningPlan})`);
  // SQLite takes the other columns of a min() aggregate from the row holding the minimum: the first day's sum.
  return sql<NextExpectedRow>`select customer_id, currency, min(day) as day, amount from (
      select customer_id, currency, date as day, sum(amount) as amount
      from (${sql.join(sources, sql` union all `)}) group by customer_id, currency, date
    ) group by customer_id, currency`;
}
