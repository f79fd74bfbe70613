import { sql, type RawBuilder } from 'kysely';
import { daysBetween } from '../../store/dialect/dates';
import { jsonObjectRows } from '../../store/dialect/json';
import { asReal, greatest } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { chanceStillComing, MIN_PAID_FOR_OWN_HISTORY, type Lateness } from './forecast-model';
import { openItemsOn, type OpenItem } from './open-items-on';

/** Resolves a lateness band to the usual days late: the band itself, or for -1 the customer's stand-in. */
export type LateOf = (band: number, customerId: number) => number;

/** Open amounts not yet due on the forecast day, falling due on `dueDate`, of customers `late` days late as usual. */
export interface FutureAmount {
  late: number;
  currency: string;
  dueDate: string;
  open: number;
}

/**
 * Overdue amounts of customers `late` days late as usual (`customerId` 0: of a whole band), with what of them
 * is still expected to come: Σ open × the chance it is still collected, given how long each is overdue.
 */
export interface OverdueSum {
  late: number;
  customerId: number;
  currency: string;
  open: number;
  coming: number;
}

export interface OpenAmounts {
  /** Everything overdue on the day and how many invoices (the stuck share's sample). */
  overdueTotals(): Promise<{ open: number; count: number }>;
  expected(stuck: number, lateOf: LateOf): Promise<{ future: FutureAmount[]; overdue: OverdueSum[] }>;
  /** Customers whose open amounts are kept apart because they have no lateness band of their own. */
  unbandedCustomers(): Promise<number[]>;
  /** The overdue amounts of a few customers (those with promises), per customer and currency. */
  overdueOf(customerIds: readonly number[], stuck: number, lateOfCustomer: (customerId: number) => number): Promise<OverdueSum[]>;
}

/** A customer's band as of the history: their own once they have paid enough invoices, else -1. */
export const bandIn = (history: Map<number, Lateness>, customerId: number): number => {
  const own = history.get(customerId);
  return own && own.paid >= MIN_PAID_FOR_OWN_HISTORY ? own.band : -1;
};

/**
 * The SQL twin of `chanceStillComing` over the rows of `from` (columns `due_date` and `open`; `late`: the usual
 * lateness of a row): Σ open and Σ open × the chance it is still collected, per `groupBy`. One flat select: a
 * grouping in the order of the table's key streams (a derived table in between made SQLite sort every row), and
 * the chance is written out where a derived column would have been copied in anyway.
 */
const comingSql = (
  db: Db,
  asOf: string,
  stuck: number,
  q: { select: RawBuilder<unknown>; late: RawBuilder<unknown>; from: RawBuilder<unknown>; groupBy: RawBuilder<unknown> },
) => {
  const overdueDays = asReal(daysBetween(db, sql`due_date`, sql`${asOf}`));
  const coming = sql`(${1 - stuck} * exp(-${overdueDays} / ${greatest(db, q.late, sql`1`)}))`;
  return sql`select ${q.select}, sum(open) as open, sum(open * (${coming} / (${coming} + ${stuck}))) as coming
    from ${q.from} group by ${q.groupBy}`;
};

/**
 * From today on: the kept grouping by lateness band (migration 17). What is overdue is summed in SQL per band
 * (a few hundred rows), so the forecast reads the amounts still to fall due (about ten thousand rows at a
 * million invoices) and those sums; customers without a band are read row by row (their stand-in lateness is
 * known only here). For a past day (a back-test): each invoice open then, with its customer's band then.
 */
export async function openAmountsOn(
  db: Db,
  day: string,
  today: string,
  history: Map<number, Lateness>,
  openThen?: OpenItem[],
): Promise<OpenAmounts> {
  return day >= today ? keptOpenAmounts(db, day) : pastOpenAmounts(day, history, openThen ?? (await openItemsOn(db, day, today)));
}

function keptOpenAmounts(db: Db, day: string): OpenAmounts {
  return {
    async overdueTotals() {
      const { rows } = await sql<{ open: number | null; count: number | null }>`
        select sum(open) as open, sum(count) as count from open_by_lateness_due where due_date < ${day}`.execute(db);
      return { open: Number(rows[0]?.open ?? 0), count: Number(rows[0]?.count ?? 0) };
    },
    async unbandedCustomers() {
      const { rows } = await sql<{ id: number }>`
        select distinct customer_id as id from open_by_lateness_due where band < 0`.execute(db);
      return rows.map((r) => Number(r.id));
    },
    async expected(stuck, lateOf) {
      // Both reads start together (on a server the pool runs them side by side).
      const [{ rows: future }, { rows: banded }] = await Promise.all([
        sql<{ band: number; customerId: number; currency: string; dueDate: string; open: number }>`
          select band, customer_id as "customerId", currency, due_date as "dueDate", open from open_by_lateness_due
          where due_date >= ${day} or band < 0`.execute(db),
        // Banded rows all have customer 0: grouped in key order, one group per band and currency.
        comingSql(db, day, stuck, {
          select: sql`band as late, currency`,
          late: sql`band`,
          from: sql`open_by_lateness_due where band >= 0 and due_date < ${day}`,
          groupBy: sql`band, customer_id, currency`,
        })
          .$castTo<OverdueSum>()
          .execute(db),
      ]);
      const overdue: OverdueSum[] = banded.map((r) => ({ ...r, customerId: 0 }));
      const ahead: FutureAmount[] = [];
      for (const r of future) {
        const late = lateOf(r.band, r.customerId);
        if (r.dueDate >= day) ahead.push({ late, currency: r.currency, dueDate: r.dueDate, open: r.open });
        else overdue.push(overdueOne(r, late, day, stuck));
      }
      return { future: ahead, overdue };
    },
    async overdueOf(customerIds, stuck, lateOfCustomer) {
      if (customerIds.length === 0) return [];
      const late = Object.fromEntries(customerIds.map((id) => [id, lateOfCustomer(id)]));
      const { rows } = await comingSql(db, day, stuck, {
        select: sql`o.customer_id as "customerId", o.currency, ${asReal(sql`l.value`)} as late`,
        late: asReal(sql`l.value`),
        from: sql`${jsonObjectRows(db, late, 'l')}
          join open_by_customer_due o on o.customer_id = cast(l.key as integer) and o.due_date < ${day}`,
        groupBy: sql`o.customer_id, o.currency, l.value`,
      })
        .$castTo<OverdueSum>()
        .execute(db);
      return rows;
    },
  };
}

const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** One overdue amount as a sum of its own. */
function overdueOne(
  r: { customerId: number; currency: string; dueDate: string; open: number },
  late: number,
  day: string,
  stuck: number,
) {
  const daysOverdue = Math.round((dayMs(day) - dayMs(r.dueDate)) / 86_400_000);
  return {
    late,
    customerId: r.customerId,
    currency: r.currency,
    open: r.open,
    coming: r.open * chanceStillComing(daysOverdue, late, stuck),
  };
}

function pastOpenAmounts(day: string, history: Map<number, Lateness>, items: OpenItem[]): OpenAmounts {
  const overdueItems = items.filter((i) => i.dueDate < day);
  const overdueSums = (list: typeof items, stuck: number, late: (customerId: number) => number) =>
    list.map((i) => overdueOne(i, late(i.customerId), day, stuck));
  return {
    unbandedCustomers: async () => [],
    async overdueTotals() {
      return { open: overdueItems.reduce((sum, i) => sum + i.open, 0), count: overdueItems.length };
    },
    async expected(stuck, lateOf) {
      const late = (customerId: number) => lateOf(bandIn(history, customerId), customerId);
      return {
        future: items
          .filter((i) => i.dueDate >= day)
          .map((i) => ({ late: late(i.customerId), currency: i.currency, dueDate: i.dueDate, open: i.open })),
        overdue: overdueSums(overdueItems, stuck, late),
      };
    },
    async overdueOf(customerIds, stuck, lateOfCustomer) {
      const wanted = new Set(customerIds);
      return overdueSums(
        overdueItems.filter((i) => wanted.has(i.customerId)),
        stuck,
        lateOfCustomer,
      );
    },
  };
}
