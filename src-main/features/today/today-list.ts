import { sql } from 'kysely';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type { MethodArgs } from '../../../src-shared/contract/methods';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { TodayAction } from '../../../src-shared/domain/today/schemas';
import type { TodayItem, TodayList } from '../../../src-shared/domain/today/types';
import { decodeCursor, encodeCursor } from '../../core/cursor';
import type { Db } from '../../store/schema';
import { memosOnLedger } from '../dashboard/ledger-memo';
import { promiseStandings, type BrokenPromise, type PromiseStandings } from '../receivables/promise-standing';
import { NEUTRAL, owingCustomers, RISK_WEIGHT, type Overdue, type Shown } from './today-owing';

/** A promise broken longer ago than this no longer puts its customer first. */
const BROKEN_PROMISE_DAYS = 30;

/** Local midnight as an ISO time: tasks finished since then were finished today. */
const startOfLocalDay = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();

/** Who a customer is to the ranking: has a task due (`t`), broke a promise (`b`), or other (`o`). */
type Tag = 't' | 'b' | 'o';

/** Segment and contact of the customers with a task due, archived ones left out (few: read on each call). */
async function taskCustomers(db: Db, ids: number[]): Promise<Map<number, { segment: RiskSegment; shown: Shown }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers as c')
    .leftJoin('customer_risk as r', 'r.customer_id', 'c.id')
    .select(['c.id', 'r.segment', 'c.code', 'c.title', 'c.phone', 'c.email'])
    .where('c.id', 'in', ids)
    .where('c.archived_at', 'is', null)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        segment: (r.segment as RiskSegment | null) ?? NEUTRAL,
        shown: { customerCode: r.code, customerTitle: r.title, phone: r.phone, email: r.email, overdue: [] },
      },
    ]),
  );
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
  // The promises are memoised per ledger state; the ranking beside them while the tasks stay as they were.
  const [[promises], reminders] = await Promise.all([
    memosOnLedger<[PromiseStandings]>(
      db,
      [[`today:promises:${today}`, () => promiseStandings(db, today, addDays(today, -BROKEN_PROMISE_DAYS))]],
      NOT_LEDGER,
    ),
    reminderTasks(db, now),
  ]);
  const start = q.cursor ? Number(decodeCursor(q.cursor, SORT).key) : 0;
  const top = start + q.limit;
  const signature = JSON.stringify(reminders);
  const kept = rankings.get(promises);
  let ranking = kept && kept.tasks === signature && kept.top >= top ? kept : null;
  if (!ranking) {
    ranking = { tasks: signature, top, ...(await rank(db, today, promises, reminders, top)) };
    rankings.set(promises, ranking);
  }
  const { ranked, total } = ranking;
  const page = ranked.slice(start, top).map((c): TodayItem => ({
    key: c.key,
    taskId: c.task?.id ?? null,
    customerId: c.customerId,
    ...c.shown,
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
    total,
    nextCursor: end < total ? encodeCursor({ sort: SORT, key: end, id: page.at(-1)?.customerId ?? 0 }) : null,
  };
}

/**
 * The list's first `top` rows in order (more may follow: every task and broken promise, and the best `top` of the
 * rest, which SQL picked in this order) and how many rows the whole list has.
 */
async function rank(
  db: Db,
  today: string,
  promises: PromiseStandings,
  reminders: (Task & { finished: number })[],
  top: number,
): Promise<{ ranked: Candidate[]; total: number }> {
  const tasks = reminders.filter((t) => !Number(t.finished) && t.due_on <= today);
  const taskIds = new Set(tasks.map((t) => t.customer_id));
  // Handled today, an open task planned for a later day (someone already has this customer in hand), or waiting
  // for a promise.
  const skipped = new Set([
    ...reminders.filter((t) => Number(t.finished) || t.due_on > today).map((t) => t.customer_id),
    ...promises.customersWaiting,
  ]);
  // Those with a task due and those who broke a promise are read by id (skipped ones are not listed at all).
  const broken = [...promises.broken.keys()].filter((id) => !taskIds.has(id) && !skipped.has(id));
  const [owing, tasked] = await Promise.all([
    owingCustomers(db, today, { named: [...taskIds, ...broken], excluded: [...taskIds, ...skipped, ...broken] }, top),
    taskCustomers(db, [...taskIds]),
  ]);
  const owed = new Map<number, Overdue & { tag: Tag }>([
    ...owing.named.map((o): [number, Overdue & { tag: Tag }] => [
      o.customerId,
      { ...o, tag: taskIds.has(o.customerId) ? 't' : 'b' },
    ]),
    ...owing.ranked.map((o): [number, Overdue & { tag: Tag }] => [o.customerId, { ...o, tag: 'o' }]),
  ]);
  // Without a task, only who has something to chase is listed (a broken promise alone is not enough).
  const untasked = [...owed].filter(([, o]) => o.tag === 'b' || o.tag === 'o').map(([id]) => id);

  const candidate = (customerId: number, task: Task | null): Candidate | null => {
    const owes = owed.get(customerId);
    // Archived customers are in neither map.
    const segment = task ? tasked.get(customerId)?.segment : owes?.segment;
    const shown = owes?.shown ?? tasked.get(customerId)?.shown;
    if (segment === undefined || shown === undefined) return null; // archived, or a broken promise with nothing overdue any more
    const broken = promises.broken.get(customerId) ?? null;
    const daysOverdue = owes?.daysOverdue ?? 0;
    const share = owes?.share ?? 0;
    const key = task ? `task:${task.id}` : `customer:${customerId}`;
    return {
      key,
      customerId,
      task,
      broken,
      daysOverdue,
      segment,
      share,
      score: RISK_WEIGHT[segment] * share * 100 * daysOverdue,
      shown,
    };
  };
  const ranked = [...tasks.map((t) => candidate(t.customer_id, t)), ...untasked.map((id) => candidate(id, null))]
    .filter((i): i is Candidate => i !== null)
    .sort(compare);
  // Past `top` a task could come before others SQL did not send: only the first `top` rows are sure.
  return { ranked: ranked.slice(0, top), total: ranked.length - owing.ranked.length + owing.others };
}

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
  broken: BrokenPromise | null;
  daysOverdue: number;
  segment: RiskSegment;
  share: number;
  score: number;
  shown: Shown;
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
 * The list's first rows, kept beside the promises of the ledger state they were ranked from while the tasks stay as
 * they were: paging within them and a visit with nothing changed rank nothing again.
 */
const rankings = new WeakMap<PromiseStandings, { tasks: string; top: number; ranked: Candidate[]; total: number }>();
