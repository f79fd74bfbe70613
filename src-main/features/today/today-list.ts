import { sql } from 'kysely';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type { MethodArgs } from '../../../src-shared/contract/methods';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { TodayAction } from '../../../src-shared/domain/today/schemas';
import type { TodayItem, TodayList } from '../../../src-shared/domain/today/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, encodeCursor } from '../../core/cursor';
import { daysBetween } from '../../store/dialect/dates';
import { asReal } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { memoOnLedger } from '../dashboard/ledger-memo';
import { promiseStandings, type BrokenPromise } from '../receivables/promise-standing';

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
 * end the memo): the risk refresh follows ledger writes and days, and runs before this query (`fresh`).
 */
async function overdueByCustomer(db: Db, today: string): Promise<Map<number, Overdue>> {
  const { rows } = await sql<{ customer_id: number; days: number; share: number; segment: RiskSegment | null }>`
    select g.customer_id, g.days, g.share, r.segment
    from (
      select f.customer_id, ${daysBetween(db, sql`min(f.oldest_to_chase_due)`, sql`${today}`)} as days,
        sum(${asReal(sql`f.to_chase`)} / ${asReal(sql`t.total`)}) as share
      from customer_figures f
      join (select currency, sum(to_chase) as total from customer_figures where to_chase > 0 group by currency) t
        on t.currency = f.currency
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

/** The amounts to chase of the page's customers, per currency. */
async function amountsToChase(db: Db, ids: number[]): Promise<Map<number, TodayItem['overdue']>> {
  const byCustomer = new Map<number, TodayItem['overdue']>();
  if (ids.length === 0) return byCustomer;
  const rows = await db
    .selectFrom('customer_figures')
    .select(['customer_id', 'currency', 'to_chase'])
    .where('customer_id', 'in', ids)
    .where('to_chase', '>', 0)
    .orderBy('customer_id')
    .orderBy('currency')
    .execute();
  for (const r of rows) {
    const list = byCustomer.get(r.customer_id) ?? [];
    list.push({ currency: r.currency as Currency, amount: Number(r.to_chase) });
    byCustomer.set(r.customer_id, list);
  }
  return byCustomer;
}

/** Broken promises first, then the score, then the oldest task and the key (a stable order for paging). */
const compare = (a: Candidate, b: Candidate) =>
  Number(b.broken !== null) - Number(a.broken !== null) ||
  b.score - a.score ||
  (a.task?.due_on ?? '').localeCompare(b.task?.due_on ?? '') ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const SORT = 'today';
/** A logged call or message changes neither what is overdue nor any promise: the list is not worked out again. */
const NOT_LEDGER = ['activities/log'];

export async function todayList(db: Db, now: Date, q: MethodArgs<'today/list'>): Promise<TodayList> {
  const today = todayLocal(now);
  // The ledger parts are memoised per ledger state: paging and refreshes cost nothing until something changes.
  const [overdue, promises, tasks, handledToday, laterTasks] = await Promise.all([
    memoOnLedger(db, `today:overdue:${today}`, () => overdueByCustomer(db, today), NOT_LEDGER),
    memoOnLedger(
      db,
      `today:promises:${today}`,
      () => promiseStandings(db, today, addDays(today, -BROKEN_PROMISE_DAYS)),
      NOT_LEDGER,
    ),
    db
      .selectFrom('reminder_tasks')
      .select(['id', 'customer_id', 'channel', 'level', 'title', 'message_text', 'due_on'])
      .where('status', '=', 'open')
      .where('due_on', '<=', today)
      .execute(),
    db.selectFrom('reminder_tasks').select('customer_id').where('done_at', '>=', startOfLocalDay(now)).execute(),
    // An open task planned for a later day: someone already has this customer in hand.
    db.selectFrom('reminder_tasks').select('customer_id').where('status', '=', 'open').where('due_on', '>', today).execute(),
  ]);

  const skip = new Set([
    ...tasks.map((t) => t.customer_id),
    ...handledToday.map((t) => t.customer_id),
    ...laterTasks.map((t) => t.customer_id),
    ...promises.customersWaiting,
  ]);
  // Without a task, only who has something to chase is listed (a broken promise alone is not enough).
  const untasked = [...overdue.keys()].filter((id) => !skip.has(id));
  const tasked = await taskCustomers(db, [...new Set(tasks.map((t) => t.customer_id))]);

  // Everyone is ranked on what the order needs; the page's rows alone are built in full (thousands are ranked).
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
  const ranked = [...tasks.map((t) => candidate(t.customer_id, t)), ...untasked.map((id) => candidate(id, null))]
    .filter((i): i is Candidate => i !== null)
    .sort(compare);
  const start = q.cursor ? Number(decodeCursor(q.cursor, SORT).key) : 0;
  const slice = ranked.slice(start, start + q.limit);
  const ids = slice.map((i) => i.customerId);
  const [contacts, amounts] = await Promise.all([customerContacts(db, ids), amountsToChase(db, ids)]);
  const page = slice.map((c): TodayItem => ({
    key: c.key,
    taskId: c.task?.id ?? null,
    customerId: c.customerId,
    ...contacts.get(c.customerId)!,
    reason: c.task ? 'task' : c.broken ? 'broken_promise' : 'overdue',
    channel: (c.task?.channel as TodayAction | undefined) ?? 'call',
    level: c.task?.level ?? null,
    title: c.task?.title ?? '',
    messageText: c.task?.message_text ?? '',
    dueOn: c.task?.due_on ?? null,
    brokenPromise: c.broken,
    overdue: amounts.get(c.customerId) ?? [],
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

/** Code, title, phone and e-mail of the customers on one page. */
async function customerContacts(db: Db, ids: number[]): Promise<Map<number, Contact>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'code', 'title', 'phone', 'email'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { customerCode: r.code, customerTitle: r.title, phone: r.phone, email: r.email }]));
}
