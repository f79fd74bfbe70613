import { sql } from 'kysely';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type { MethodArgs } from '../../../src-shared/contract/methods';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { TodayAction } from '../../../src-shared/domain/today/schemas';
import type { TodayItem, TodayList } from '../../../src-shared/domain/today/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, encodeCursor } from '../../core/cursor';
import { daysBetween } from '../../store/dialect/dates';
import { leftFirstJoin, unindexed } from '../../store/dialect/planner-hints';
import { asReal } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { memosOnLedger } from '../dashboard/ledger-memo';
import { promiseStandings, type BrokenPromise, type PromiseStandings } from '../receivables/promise-standing';

/** A promise broken longer ago than this no longer puts its customer first. */
const BROKEN_PROMISE_DAYS = 30;
export const RISK_WEIGHT: Record<RiskSegment, number> = { A: 1, B: 2, C: 3, D: 4 };

/** Local midnight as an ISO time: tasks finished since then were finished today. */
const startOfLocalDay = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();

/** What the order takes from a customer's part to chase (worked out once per ledger state and day). */
interface Overdue {
  daysOverdue: number;
  /**
   * Its shares of the company's amount to chase in each currency, added up (never the amounts: 1 USD is not 1 TL).
   * A customer owing half of all overdue lira and nothing else weighs 0.5.
   */
  share: number;
  segment: RiskSegment;
}

/**
 * Who has something to chase (overdue, undisputed, in no active plan) and is not archived, from one kept row per
 * account (`customer_figures.to_chase`, kept by the rules of the receivables module; `today/list` declares the
 * figures fresh), grouped per customer in SQL with the risk segment, so thousands of accounts cost one row each.
 * The amounts are read for the page. Segments and archiving change only with an audited write or a new day (both
 * end the memo): the risk refresh follows ledger writes and days, and runs before this query (`fresh`). SQLite
 * reads the figures in key order (customer first: grouped as they come, no sort) and sums the totals per currency
 * by a scan, not through a sort index of migration 39 that lacks `to_chase` (a table lookup per row).
 */
async function overdueByCustomer(db: Db, today: string): Promise<Map<number, Overdue>> {
  const { rows } = await sql<{ customer_id: number; days: number; share: number; segment: RiskSegment | null }>`
    select g.customer_id, g.days, g.share, r.segment
    from (
      select f.customer_id, ${daysBetween(db, sql`min(f.oldest_to_chase_due)`, sql`${today}`)} as days,
        sum(${asReal(sql`f.to_chase`)} / ${asReal(sql`t.total`)}) as share
      from customer_figures f
      ${leftFirstJoin(db)} (select currency, sum(to_chase) as total from customer_figures where to_chase > 0
        group by ${unindexed(db, 'currency')}) t on t.currency = f.currency
      where f.to_chase > 0
      group by f.customer_id
    ) g
    join customers c on c.id = g.customer_id
    left join customer_risk r on r.customer_id = g.customer_id
    where c.archived_at is null`.execute(db);
  return new Map(
    rows.map((r) => [
      r.customer_id,
      { daysOverdue: Math.round(Number(r.days)), share: Number(r.share), segment: r.segment ?? NEUTRAL },
    ]),
  );
}

/** A customer with no ledger yet has no segment: a neutral B. */
const NEUTRAL: RiskSegment = 'B';

/** Segments of the customers with a task due, archived ones left out (few: read on each call). */
async function taskCustomers(db: Db, ids: number[]): Promise<Map<number, RiskSegment>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers as c')
    .leftJoin('customer_risk as r', 'r.customer_id', 'c.id')
    .select(['c.id', 'r.segment'])
    .where('c.id', 'in', ids)
    .where('c.archived_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, (r.segment as RiskSegment | null) ?? NEUTRAL]));
}

/** Plain code-unit order: business dates and keys are ASCII (`localeCompare` asked ICU on each of ~10⁵ comparisons). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Broken promises first, then the score, then the oldest task and the key (a stable order for paging). */
const compare = (a: Candidate, b: Candidate) =>
  Number(b.broken !== null) - Number(a.broken !== null) ||
  b.score - a.score ||
  byText(a.task?.due_on ?? '', b.task?.due_on ?? '') ||
  byText(a.key, b.key);

const SORT = 'today';
/** A logged call or message changes neither what is overdue nor any promise: the list is not worked out again. */
const NOT_LEDGER = ['activities/log'];

export async function todayList(db: Db, now: Date, q: MethodArgs<'today/list'>): Promise<TodayList> {
  const today = todayLocal(now);
  // The ledger parts are memoised per ledger state: paging and refreshes cost nothing until something changes.
  const [[overdue, promises], reminders] = await Promise.all([
    memosOnLedger<[Map<number, Overdue>, PromiseStandings]>(
      db,
      [
        [`today:overdue:${today}`, () => overdueByCustomer(db, today)],
        [`today:promises:${today}`, () => promiseStandings(db, today, addDays(today, -BROKEN_PROMISE_DAYS))],
      ],
      NOT_LEDGER,
    ),
    reminderTasks(db, now),
  ]);
  const signature = JSON.stringify(reminders);
  const kept = rankings.get(overdue);
  let ranked = kept && kept.promises === promises && kept.tasks === signature ? kept.ranked : null;
  if (!ranked) {
    ranked = await rank(db, today, overdue, promises, reminders);
    rankings.set(overdue, { promises, tasks: signature, ranked });
  }
  const start = q.cursor ? Number(decodeCursor(q.cursor, SORT).key) : 0;
  const slice = ranked.slice(start, start + q.limit);
  const ids = slice.map((i) => i.customerId);
  const customers = await pageCustomers(db, ids);
  const page = slice.map((c): TodayItem => ({
    key: c.key,
    taskId: c.task?.id ?? null,
    customerId: c.customerId,
    ...customers.get(c.customerId)!,
    reason: c.task ? 'task' : c.broken ? 'broken_promise' : 'overdue',
    channel: (c.task?.channel as TodayAction | undefined) ?? 'call',
    level: c.task?.level ?? null,
    title: c.task?.title ?? '',
    messageText: c.task?.message_text ?? '',
    dueOn: c.task?.due_on ?? null,
    brokenPromise: c.broken,
    daysOverdue: c.daysOverdue,
    segment: c.segment,
    overdueShare: c.share,
    score: c.score,
  }));
  const end = start + page.length;
  return {
    items: page,
    total: ranked.length,
    nextCursor: end < ranked.length ? encodeCursor({ sort: SORT, key: end, id: page.at(-1)?.customerId ?? 0 }) : null,
  };
}

/** Every candidate in the list's order; the page's rows alone are built in full (thousands are ranked). */
async function rank(
  db: Db,
  today: string,
  overdue: Map<number, Overdue>,
  promises: PromiseStandings,
  reminders: (Task & { finished: number })[],
): Promise<Candidate[]> {
  const tasks = reminders.filter((t) => !Number(t.finished) && t.due_on <= today);
  // Handled today, or an open task planned for a later day (someone already has this customer in hand).
  const skip = new Set([
    ...reminders.filter((t) => Number(t.finished) || t.due_on > today).map((t) => t.customer_id),
    ...tasks.map((t) => t.customer_id),
    ...promises.customersWaiting,
  ]);
  // Without a task, only who has something to chase is listed (a broken promise alone is not enough).
  const untasked = [...overdue.keys()].filter((id) => !skip.has(id));
  const tasked = await taskCustomers(db, [...new Set(tasks.map((t) => t.customer_id))]);

  const candidate = (customerId: number, task: Task | null): Candidate | null => {
    const owed = overdue.get(customerId);
    // Archived customers are in neither map.
    const segment = task ? tasked.get(customerId) : owed?.segment;
    if (segment === undefined) return null; // archived, or a broken promise with nothing overdue any more
    const broken = promises.broken.get(customerId) ?? null;
    const daysOverdue = owed?.daysOverdue ?? 0;
    const share = owed?.share ?? 0;
    const key = task ? `task:${task.id}` : `customer:${customerId}`;
    return {
      key,
      customerId,
      task,
      owed,
      broken,
      daysOverdue,
      segment,
      share,
      score: RISK_WEIGHT[segment] * share * 100 * daysOverdue,
    };
  };
  return [...tasks.map((t) => candidate(t.customer_id, t)), ...untasked.map((id) => candidate(id, null))]
    .filter((i): i is Candidate => i !== null)
    .sort(compare);
}

type Contact = Pick<TodayItem, 'customerCode' | 'customerTitle' | 'phone' | 'email'>;

interface Task {
  id: number;
  customer_id: number;
  channel: string;
  level: number | null;
  title: string;
  message_text: string;
  due_on: string;
}

/** What the order needs of a row; the page's rows are built from it. */
interface Candidate {
  key: string;
  customerId: number;
  task: Task | null;
  owed: Overdue | undefined;
  broken: BrokenPromise | null;
  daysOverdue: number;
  segment: RiskSegment;
  share: number;
  score: number;
}

/** Code, title, phone and e-mail of the customers on one page, with their amounts to chase per currency (one read). */
async function pageCustomers(db: Db, ids: number[]): Promise<Map<number, Contact & Pick<TodayItem, 'overdue'>>> {
  const byCustomer = new Map<number, Contact & Pick<TodayItem, 'overdue'>>();
  if (ids.length === 0) return byCustomer;
  const rows = await db
    .selectFrom('customers as c')
    .leftJoin('customer_figures as f', (join) => join.onRef('f.customer_id', '=', 'c.id').on('f.to_chase', '>', 0))
    .select(['c.id', 'c.code', 'c.title', 'c.phone', 'c.email', 'f.currency', 'f.to_chase'])
    .where('c.id', 'in', ids)
    .orderBy('c.id')
    .orderBy('f.currency')
    .execute();
  for (const r of rows) {
    let found = byCustomer.get(r.id);
    if (!found) {
      found = { customerCode: r.code, customerTitle: r.title, phone: r.phone, email: r.email, overdue: [] };
      byCustomer.set(r.id, found);
    }
    if (r.currency !== null && r.to_chase !== null)
      found.overdue.push({ currency: r.currency as Currency, amount: Number(r.to_chase) });
  }
  return byCustomer;
}

/**
 * The open tasks (due by today or later) and those finished since local midnight, in one read (each part through
 * its own index): who has a task today, who is handled, who is in hand for a later day.
 */
async function reminderTasks(db: Db, now: Date) {
  const { rows } = await sql<Task & { finished: number }>`
    select id, customer_id, channel, level, title, message_text, due_on, 0 as finished
    from reminder_tasks where status = 'open'
    union all
    select id, customer_id, channel, level, title, message_text, due_on, 1 as finished
    from reminder_tasks where done_at >= ${startOfLocalDay(now)}`.execute(db);
  return rows;
}

/**
 * Everyone ranked, kept beside the ledger parts it was ranked from while the tasks stay as they were: paging and a
 * visit with nothing changed sort thousands of candidates once.
 */
const rankings = new WeakMap<Map<number, Overdue>, { promises: PromiseStandings; tasks: string; ranked: Candidate[] }>();
