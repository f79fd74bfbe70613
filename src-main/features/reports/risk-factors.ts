import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../../src-shared/dates/business-date';
import type { RiskFactors } from '../../../src-shared/domain/reports/types';
import { daysBetween } from '../../store/dialect/dates';
import { countWhere, greatest } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';

/** Whose factors to measure: some customers (a card, a ledger change) or everyone (the daily refresh). */
export type CustomerScope = readonly number[] | 'all';

const within = (scope: CustomerScope, column: string): RawBuilder<boolean> =>
  scope === 'all' ? sql<boolean>`1 = 1` : sql<boolean>`${sql.ref(column)} in (${sql.join(scope)})`;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The measured payment behaviour of customers as of `today`, in three grouped queries whatever their number:
 * lateness of what was paid in the last 24 months (weighted by amount), what is overdue now in the worst
 * currency, and promises broken in the last 12 months. A customer with no ledger is left out (all zero).
 */
export async function riskFactorsOf(db: Db, today: string, scope: CustomerScope): Promise<Map<number, RiskFactors>> {
  if (scope !== 'all' && scope.length === 0) return new Map();
  const paid = await sql<{ customer_id: number; n: number; weighted: number | null; amount: number | null; late: number }>`
    select customer_id, count(*) as n,
           sum(${greatest(db, sql`0`, daysBetween(db, sql`due_date`, sql`paid_date`))} * total) as weighted,
           sum(total) as amount,
           ${countWhere(sql`paid_date > due_date`)} as late
    from invoices
    where ${within(scope, 'customer_id')} and paid_date is not null and written_off_amount = 0 and paid_date >= ${addDays(today, -730)}
    group by customer_id`.execute(db);
  const open = await sql<{ customer_id: number; open: number; overdue: number }>`
    select customer_id, sum(open_amount) as open, sum(case when due_date < ${today} then open_amount else 0 end) as overdue
    from invoices where ${within(scope, 'customer_id')} and open_amount > 0 group by customer_id, currency`.execute(db);
  // What was paid towards each promise up to its day is kept in `promise_paid` (the rule of `paidTowardsPromise`),
  // read by the promise's key instead of summing its customer's payments per promise (14,000 promises a year at a
  // million invoices: 0.5 s warm, seconds cold, on either store).
  const broken = await sql<{ customer_id: number; n: number }>`
    select pr.customer_id, count(*) as n
    from promises pr join promise_paid pp on pp.promise_id = pr.id
    where ${within(scope, 'pr.customer_id')} and pr.status <> 'cancelled'
      and pr.promised_date >= ${addDays(today, -365)} and pr.promised_date < ${today} and pp.paid < pr.amount
    group by pr.customer_id`.execute(db);

  const factors = new Map<number, RiskFactors>();
  const of = (id: number): RiskFactors => {
    let found = factors.get(id);
    if (!found) {
      found = { avgDaysLate: 0, shareLate: 0, overdueRatio: 0, brokenPromises: 0, paidInvoices: 0 };
      factors.set(id, found);
    }
    return found;
  };
  // Sums arrive as numbers from SQLite and may arrive as text (bigint, numeric) from PostgreSQL.
  for (const r of paid.rows) {
    const [n, amount] = [Number(r.n), Number(r.amount ?? 0)];
    Object.assign(of(r.customer_id), {
      avgDaysLate: amount ? round(Number(r.weighted ?? 0) / amount, 1) : 0,
      shareLate: n ? round(Number(r.late) / n, 3) : 0,
      paidInvoices: n,
    });
  }
  for (const r of open.rows) {
    const f = of(r.customer_id);
    f.overdueRatio = Math.max(f.overdueRatio, round(Number(r.overdue) / Number(r.open), 3));
  }
  for (const r of broken.rows) of(r.customer_id).brokenPromises = Number(r.n);
  return factors;
}

export const NO_HISTORY: RiskFactors = { avgDaysLate: 0, shareLate: 0, overdueRatio: 0, brokenPromises: 0, paidInvoices: 0 };
