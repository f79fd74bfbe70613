import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../../src-shared/dates/business-date';
import { unindexed } from '../../store/dialect/planner-hints';
import type { AnyDb } from '../../store/dialect/store-kind';
import type { Db } from '../../store/schema';
import { allocationLiveOn, openAmountOn } from '../invoices/open-on';

export interface AgingScope {
  asOf: string;
  bounds: readonly number[];
  currency?: string | undefined;
  customerId?: number | undefined;
}

/** One customer × currency: open amounts per bucket and the unallocated credit. */
export interface AgingCell {
  customerId: number;
  currency: string;
  buckets: number[];
  credit: number;
  openCount: number;
  overdueCount: number;
}

/**
 * Bucket of a due date, by comparing dates (cheaper than date arithmetic per row): 0 = not due on asOf,
 * then 1 for 1..bounds[0] days overdue, and so on; the last bucket is past the last bound.
 */
function bucketOf(asOf: string, bounds: readonly number[], dueColumn: RawBuilder<string>): RawBuilder<number> {
  const whens = bounds.map((days, i) => sql`when ${dueColumn} >= ${addDays(asOf, -days)} then ${i + 1}`);
  return sql<number>`case when ${dueColumn} >= ${asOf} then 0 ${sql.join(whens, sql` `)} else ${bounds.length + 1} end`;
}

const filters = (scope: AgingScope, alias: string) =>
  sql.join(
    [
      sql`1 = 1`,
      ...(scope.currency ? [sql`${sql.ref(`${alias}.currency`)} = ${scope.currency}`] : []),
      ...(scope.customerId ? [sql`${sql.ref(`${alias}.customer_id`)} = ${scope.customerId}`] : []),
    ],
    sql` and `,
  );

type OpenRow = { customer_id: number; currency: string; bucket: number; amount: number; n: number };
type CreditRow = { customer_id: number; currency: string; credit: number };

/**
 * From today on: the kept open amounts, straight from the covering partial index of open invoices
 * (the unary + keeps SQLite off the issue-date index, which would need a table read per row).
 */
export function currentAgingSql(db: AnyDb, scope: AgingScope): [RawBuilder<OpenRow>, RawBuilder<CreditRow>] {
  const { asOf, bounds } = scope;
  return [
    sql<OpenRow>`
      select i.customer_id, i.currency, ${bucketOf(asOf, bounds, sql`i.due_date`)} as bucket, sum(i.open_amount) as amount, count(*) as n
      from invoices i
      where i.open_amount > 0 and ${unindexed(db, 'i.issue_date')} <= ${asOf} and ${filters(scope, 'i')}
      group by 1, 2, 3`,
    sql<CreditRow>`
      select p.customer_id, p.currency, sum(p.unallocated) as credit
      from payments p
      where p.unallocated > 0 and p.reversed_at is null and p.date <= ${asOf} and ${filters(scope, 'p')}
      group by 1, 2`,
  ];
}

/** A past day: open amounts rebuilt from the allocations' dates, reversals and write-offs. */
function rebuiltAgingSql(scope: AgingScope): [RawBuilder<OpenRow>, RawBuilder<CreditRow>] {
  const { asOf, bounds } = scope;
  return [
    sql<OpenRow>`
      select customer_id, currency, bucket, sum(open) as amount, count(*) as n from (
        select i.customer_id, i.currency, ${bucketOf(asOf, bounds, sql`i.due_date`)} as bucket,
               ${openAmountOn(asOf, 'i')} as open
        from invoices i
        where i.issue_date <= ${asOf} and ${filters(scope, 'i')}
      ) o where open > 0
      group by 1, 2, 3`,
    sql<CreditRow>`
      select customer_id, currency, sum(rest) as credit from (
        select p.customer_id, p.currency,
               p.amount - coalesce((select sum(a.amount) from allocations a where a.payment_id = p.id and ${allocationLiveOn(asOf, 'a')}), 0) as rest
        from payments p
        where p.date <= ${asOf} and (p.reversed_on is null or p.reversed_on > ${asOf}) and ${filters(scope, 'p')}
      ) c where rest > 0
      group by 1, 2`,
  ];
}

/**
 * What each customer owed on `asOf`, per currency and bucket (kept open amounts from today on, a rebuild
 * for a past day).
 */
export async function agingCells(db: Db, scope: AgingScope, today: string, forceRebuild = false): Promise<AgingCell[]> {
  const { bounds } = scope;
  const current = scope.asOf >= today && !forceRebuild;
  const [openQuery, creditQuery] = current ? currentAgingSql(db, scope) : rebuiltAgingSql(scope);
  const openRows = await openQuery.execute(db);
  const creditRows = await creditQuery.execute(db);

  const cells = new Map<string, AgingCell>();
  const cell = (customerId: number, currency: string): AgingCell => {
    const key = `${customerId}|${currency}`;
    let found = cells.get(key);
    if (!found) {
      found = {
        customerId,
        currency,
        buckets: Array<number>(bounds.length + 2).fill(0),
        credit: 0,
        openCount: 0,
        overdueCount: 0,
      };
      cells.set(key, found);
    }
    return found;
  };
  for (const r of openRows.rows) {
    const c = cell(r.customer_id, r.currency);
    c.buckets[r.bucket]! += Number(r.amount);
    c.openCount += Number(r.n);
    if (r.bucket > 0) c.overdueCount += Number(r.n);
  }
  for (const r of creditRows.rows) cell(r.customer_id, r.currency).credit += Number(r.credit);
  return [...cells.values()];
}
