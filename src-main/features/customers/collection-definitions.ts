import { sql, type RawBuilder } from 'kysely';
import { isPostgres } from '../../store/dialect/kind';
import type { Db } from '../../store/schema';
import { expectedSources } from '../receivables/expected-collections';

/**
 * The customer list's figures, per customer and currency (never a sum over currencies), for one customer or for
 * everyone, by the rules of the one collection-truth module (`features/receivables/receivable-rules.ts`), so the
 * list says what the card, the dashboard and the calendar say:
 *
 * - balance: open invoice amounts (kept per due date in `open_by_customer_due`) minus unallocated money paid ahead
 *   (the card's and the aging report's balance); the open amounts alone too (what the dashboard's segments sum);
 * - overdue: open invoices due before today, all of them, as on the card and the dashboard (which then say how much
 *   of it is disputed or in a plan); the oldest such due date;
 * - to chase: of that overdue, what is neither disputed nor in an active plan (Today's and reminders' part; split by
 *   `overdueSplit` of the receivables module), and its oldest due date;
 * - next expected: the first day from today on with something expected (`expectedSources`) and its sum.
 */

/** One customer, or everyone (the daily refresh and bulk changes). */
export type FigureScope = number | 'all';

const onlyCustomer = (scope: FigureScope, column: string) => (scope === 'all' ? sql`` : sql`and ${sql.ref(column)} = ${scope}`);

export interface BalanceRow {
  customer_id: number;
  currency: string;
  balance: number;
  /** The open invoice amounts alone (the balance before money paid ahead). */
  open: number;
}

export function balanceSql(scope: FigureScope): RawBuilder<BalanceRow> {
  return sql<BalanceRow>`select customer_id, currency, sum(amount) as balance, sum(invoiced) as open from (
      select o.customer_id, o.currency, o.open as amount, o.open as invoiced
      from open_by_customer_due o where 1 = 1 ${onlyCustomer(scope, 'o.customer_id')}
      union all
      select p.customer_id, p.currency, -p.unallocated, 0
      from payments p where p.unallocated > 0 and p.reversed_at is null ${onlyCustomer(scope, 'p.customer_id')}
    ) b group by customer_id, currency`;
}

export interface OverdueRow {
  customer_id: number;
  currency: string;
  overdue: number;
  oldest_due: string;
}

export function overdueSql(today: string, scope: FigureScope): RawBuilder<OverdueRow> {
  return sql<OverdueRow>`select o.customer_id, o.currency, sum(o.open) as overdue, min(o.due_date) as oldest_due
    from open_by_customer_due o
    where o.open > 0 and o.due_date < ${today} ${onlyCustomer(scope, 'o.customer_id')}
    group by o.customer_id, o.currency`;
}

export interface NextExpectedRow {
  customer_id: number;
  currency: string;
  day: string;
  amount: number;
}

/** "From today on" has no end: a day after every item. */
const NO_END = '9999-12-31';

export function nextExpectedSql(db: Db, today: string, scope: FigureScope): RawBuilder<NextExpectedRow> {
  const sources = expectedSources(db, { from: today, to: NO_END, ...(scope === 'all' ? {} : { customerId: scope }) }, today);
  const perDay = sql`select customer_id, currency, date as day, sum(amount) as amount
      from (${sql.join(sources, sql` union all `)}) e group by customer_id, currency, date`;
  // The first day's sum: PostgreSQL's DISTINCT ON keeps the first row of each group in the ORDER BY; SQLite takes
  // the other columns of a min() aggregate from the row holding the minimum.
  return isPostgres(db)
    ? sql<NextExpectedRow>`select distinct on (customer_id, currency) customer_id, currency, day, amount
      from (${perDay}) d order by customer_id, currency, day`
    : sql<NextExpectedRow>`select customer_id, currency, min(day) as day, amount from (${perDay}) d group by customer_id, currency`;
}
