import { CompiledQuery, sql, type RawBuilder } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { CalendarItemsQuery, CalendarKind } from '../../../src-shared/domain/calendar/schemas';
import type { CalendarDay, CalendarItem } from '../../../src-shared/domain/calendar/types';
import type { ChequeKind } from '../../../src-shared/domain/cheques/lifecycle';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, encodeCursor } from '../../core/cursor';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { isPostgres } from '../../store/dialect/kind';
import { least } from '../../store/dialect/scalars';
import { statement, type RawHandle, type Statement } from '../../store/dialect/statements';
import { leftFirstJoin } from '../../store/dialect/planner-hints';
import { EXPECTED_KINDS, expectedSources, type ExpectedScope } from '../receivables/expected-collections';
import { livePlanCover } from '../receivables/receivable-sql';
import { detailColumns } from './calendar-sources';
import { pageByDayLateral, topOfEachDayLateral } from './calendar-days-lateral';

export interface ItemRow {
  kind: CalendarKind;
  id: number;
  date: string;
  customer_id: number;
  customer_title: string;
  amount: number;
  currency: string;
  reference: string | null;
  cheque_kind: string | null;
  plan_id: number | null;
}

/** Where an item opens: its own page, or the customer card's tab that shows it. */
const linkOf = (r: ItemRow): string => {
  switch (r.kind) {
    case 'invoice':
      return `/invoices/${r.id}`;
    case 'cheque':
      return `/cheques/${r.id}`;
    case 'instalment':
      return `/customers/${r.customer_id}?tab=plans${r.plan_id === null ? '' : `&plan=${r.plan_id}`}`;
    case 'promise':
      return `/customers/${r.customer_id}?tab=collections`;
  }
};

const toItem =
  (today: string) =>
  (r: ItemRow): CalendarItem => ({
    kind: r.kind,
    id: r.id,
    date: r.date,
    customerId: r.customer_id,
    customerTitle: r.customer_title,
    amount: r.amount,
    currency: r.currency as Currency,
    overdue: r.date < today,
    reference: r.reference ?? '',
    chequeKind: r.cheque_kind as ChequeKind | null,
    planId: r.plan_id,
    link: linkOf(r),
    movable: r.kind === 'instalment' || r.kind === 'promise',
  });

type TotalRow = { date: string; currency: string; amount: number; count: number };

function toDays(rows: TotalRow[]): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const t of rows) {
    let day = days.at(-1);
    if (day?.date !== t.date) days.push((day = { date: t.date, count: 0, totals: [] }));
    day.count += Number(t.count);
    day.totals.push({ currency: t.currency as Currency, amount: Number(t.amount) });
  }
  return days;
}

export async function dayTotals(db: Db, union: RawBuilder<unknown>): Promise<CalendarDay[]> {
  const { rows } = await sql<TotalRow>`
    select date, currency, sum(amount) as amount, count(*) as count from (${union}) u
    group by date, currency order by date, currency`.execute(db);
  return toDays(rows);
}

/**
 * Everyone's day totals without reading a range's invoices (a month holds tens of thousands): open invoices from
 * the kept invoice summary (a row per currency, state and due date), less what live plans take over of them (those
 * are expected through their instalments: the amount they cover, and an invoice they cover in full is no item);
 * the other kinds from their own rows. The same figures as `dayTotals` over `itemsOf`.
 */
export async function everyonesDayTotals(db: Db, q: CalendarItemsQuery, today: string): Promise<CalendarDay[]> {
  const kinds = q.kinds ?? EXPECTED_KINDS;
  const others = expectedSources(db, { ...q, kinds: kinds.filter((k) => k !== 'invoice') }, today).map(
    (source) => sql`select o.date, o.currency, o.amount, 1 as n from (${source}) o`,
  );
  const invoices = kinds.includes('invoice')
    ? [
        sql`select due_date as date, currency, open as amount, count as n from invoice_summary
          where open > 0 and due_date between ${q.from} and ${q.to}`,
        sql`select i.due_date as date, i.currency, -${least(db, sql`i.open_amount`, sql`c.covered`)} as amount,
            case when c.covered >= i.open_amount then -1 else 0 end as n
          from (${livePlanCover}) c
          ${leftFirstJoin(db)} invoices i on i.id = c.invoice_id
          where i.open_amount > 0 and i.due_date between ${q.from} and ${q.to}`,
      ]
    : [];
  const parts = [...invoices, ...others];
  if (parts.length === 0) return [];
  const { rows } = await sql<TotalRow>`
    select t.date, t.currency, sum(t.amount) as amount, sum(t.n) as count from (${sql.join(parts, sql` union all `)}) t
    group by t.date, t.currency having sum(t.n) > 0 order by t.date, t.currency`.execute(db);
  return toDays(rows);
}

const CURSOR = 'calendar';
/** Stand-ins for a day's dates in the per-day statement (no parameter of the query can equal them). */
const ANY_FROM = '\u0000from';
const ANY_TO = '\u0000to';
/** Up to this many items in the range, reading them all beats a read per day. */
const FEW = 2000;

/** Every item of the range that passes the filters (a risk segment's in each source), as light rows: the receivables module's expected items. */
export function itemsOf(db: Db, q: ExpectedScope, today: string): RawBuilder<unknown> | null {
  const parts = expectedSources(db, q, today);
  if (parts.length === 0) return null;
  return sql`select x.* from (${sql.join(parts, sql` union all `)}) x`;
}

/** The items with what they show: the customer's title and the details of each kind. */
const withDetails = (rows: RawBuilder<unknown>) =>
  sql<ItemRow>`select y.*, c.title as customer_title, ${detailColumns}
    from (${rows}) y join customers c on c.id = y.customer_id
    order by y.date, y.amount desc, y.kind, y.id`;

/** The per-day statements kept prepared per SQLite connection and SQL text (the filters make a handful of texts). */
const keptDayStatements = new WeakMap<object, Map<string, Statement<unknown[], ItemRow>>>();
const KEPT_TEXTS = 32;

/** `text` as a statement kept prepared on this connection (preparing it took as long as running it for a day). */
function keptStatement(db: Db, handle: ReturnType<RawHandle>, text: string): Statement<unknown[], ItemRow> {
  let texts = keptDayStatements.get(handle);
  if (!texts) keptDayStatements.set(handle, (texts = new Map()));
  let kept = texts.get(text);
  if (!kept) {
    if (texts.size >= KEPT_TEXTS) texts.clear();
    texts.set(text, (kept = statement<unknown[], ItemRow>(db, () => handle, text)));
  }
  return kept;
}

/**
 * The largest `perDay` items of each day that has any: one small sorted read per day (each source seeks the
 * day in its date index). Ranking the whole range at once sorts every item of it (a month can hold 40,000
 * invoices), and one statement of all days costs SQLite more to plan than these do to run. On SQLite the
 * per-day statement is prepared once per connection (`raw`), and run while holding Kysely's connection, so no
 * writer's open transaction is read; on PostgreSQL the days are one LATERAL statement (a round trip per day
 * cost more than the reads).
 */
export async function topOfEachDay(
  db: Db,
  q: CalendarItemsQuery & { perDay: number },
  days: CalendarDay[],
  today: string,
  few = FEW,
  raw: RawHandle | null = null,
): Promise<ItemRow[]> {
  if (isPostgres(db)) {
    const withItems = days.filter((day) => day.count > 0).map((day) => day.date);
    const tops = topOfEachDayLateral((scope) => itemsOf(db, scope, today), q, withItems);
    return tops ? (await withDetails(tops).execute(db)).rows : [];
  }
  if (days.reduce((sum, day) => sum + day.count, 0) <= few) {
    // A few: one read of them all, cut down per day here (the rows come in day order, largest first).
    const all = itemsOf(db, q, today);
    const rows = all ? (await withDetails(all).execute(db)).rows : [];
    const taken = new Map<string, number>();
    return rows.filter((r) => {
      const n = (taken.get(r.date) ?? 0) + 1;
      taken.set(r.date, n);
      return n <= q.perDay;
    });
  }
  // One statement for every day: compiled once with stand-in dates, run with each day's in their place.
  const items = itemsOf(db, { ...q, from: ANY_FROM, to: ANY_TO }, today);
  if (!items) return [];
  const compiled = withDetails(sql`select * from (${items}) d order by amount desc, kind, id limit ${q.perDay}`).compile(db);
  const parametersOf = (day: CalendarDay) => compiled.parameters.map((p) => (p === ANY_FROM || p === ANY_TO ? day.date : p));
  if (raw && !isPostgres(db) && !db.isTransaction)
    return db.connection().execute(async () => {
      const kept = keptStatement(db, raw(), compiled.sql);
      const rows: ItemRow[] = [];
      for (const day of days) rows.push(...(await kept.all(...parametersOf(day))));
      return rows;
    });
  const rows: ItemRow[] = [];
  for (const day of days) rows.push(...(await db.executeQuery<ItemRow>(CompiledQuery.raw(compiled.sql, parametersOf(day)))).rows);
  return rows;
}

/**
 * A page of the items in day order, largest first within a day; the cursor is the last item's place. On a server
 * the days are read one by one in a LATERAL statement that stops when the page is full (sorting the whole range for
 * its first 500 items read every item of it).
 */
async function itemPage(db: Db, items: RawBuilder<unknown>, q: CalendarItemsQuery, today: string) {
  let after: RawBuilder<unknown> | null = null;
  let first = q.from;
  if (q.cursor) {
    const at = decodeCursor(q.cursor, CURSOR);
    const [date, amount, kind] = String(at.key).split('|');
    after = sql`(u.date, -u.amount, u.kind, u.id) > (${date}, ${-Number(amount)}, ${kind}, ${at.id})`;
    if (date && date > first) first = date;
  }
  const limit = q.limit + 1;
  const read = isPostgres(db)
    ? pageByDayLateral((scope) => itemsOf(db, scope, today), q, first, after, limit)
    : sql`select u.* from (${items}) u ${after ? sql`where ${after}` : sql``} order by u.date, u.amount desc, u.kind, u.id limit ${limit}`;
  const rows = read ? (await withDetails(read).execute(db)).rows : [];
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor({ sort: CURSOR, key: `${last.date}|${last.amount}|${last.kind}`, id: last.id })
      : null;
  return { rows: page, nextCursor };
}

/**
 * A range's expected collections: every day's count and totals per currency, and the items — the largest
 * `perDay` of each day (the month grid) or a page in day order (the agenda). Only the items returned look
 * up their customer's title.
 */
export const calendarItems =
  (raw: RawHandle | null): Handler<'calendar/items'> =>
  async (q, ctx) => {
    const today = todayLocal(ctx.now());
    const items = itemsOf(ctx.db, q, today);
    if (!items) return { items: [], days: [], nextCursor: null };
    const everyone = q.customerId === undefined && q.segment === undefined;
    const days =
      q.cursor && q.perDay === undefined
        ? []
        : everyone
          ? await everyonesDayTotals(ctx.db, q, today)
          : await dayTotals(ctx.db, items);
    if (q.perDay !== undefined)
      return {
        items: (await topOfEachDay(ctx.db, { ...q, perDay: q.perDay }, days, today, FEW, raw)).map(toItem(today)),
        days,
        nextCursor: null,
      };
    const { rows, nextCursor } = await itemPage(ctx.db, items, q, today);
    return { items: rows.map(toItem(today)), days, nextCursor };
  };
