import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../../src-shared/dates/business-date';
import type { CalendarItemsQuery } from '../../../src-shared/domain/calendar/schemas';
import { EXPECTED_KINDS, type ExpectedKind, type ExpectedScope } from '../receivables/expected-collections';

/**
 * The calendar's reads on a server, day by day inside ONE statement: a LATERAL join runs the light item sources for
 * each day of a list (each seeks that day in its date index), so the month grid's largest few per day cost one round
 * trip instead of one per day, and an agenda page reads only the days it shows. `itemsOf` builds the sources for a
 * scope whose day is the list's column.
 */
type ItemsOf = (scope: ExpectedScope) => RawBuilder<unknown> | null;

/** The days as rows `d.day`, in order: the planner knows they come sorted, so a page can stop after its last day. */
const dayRows = (days: readonly string[]) => sql`(select unnest(cast(${[...days]} as text[])) as day order by 1) d`;

const oneDay = <Q extends CalendarItemsQuery>(q: Q): Q & ExpectedScope => ({
  ...q,
  from: sql.ref('d.day'),
  to: sql.ref('d.day'),
});

/**
 * Kinds with hundreds of items a day (a day's invoices, cheques and notes), read day by day; the others (instalments,
 * promises: a few a day) once for the range, since a LATERAL would run their joins again for every day, and the
 * server hashes a promise's paid amounts (the whole table) rather than look up a day's few.
 */
const DAY_BY_DAY_KINDS: readonly ExpectedKind[] = ['invoice', 'cheque'];

/**
 * The largest `perDay` items of each of these days (the month grid): each day's largest of the many-a-day kinds,
 * with every item of the range of the others, ranked per day once more (a few hundred rows).
 */
export function topOfEachDayLateral(itemsOf: ItemsOf, q: CalendarItemsQuery & { perDay: number }, days: readonly string[]) {
  const kinds = q.kinds ?? EXPECTED_KINDS;
  const dayByDay = itemsOf(oneDay({ ...q, kinds: kinds.filter((k) => DAY_BY_DAY_KINDS.includes(k)) }));
  const few = itemsOf({ ...q, kinds: kinds.filter((k) => !DAY_BY_DAY_KINDS.includes(k)) });
  const parts = [
    ...(dayByDay && days.length > 0
      ? [
          sql`select t.* from ${dayRows(days)}
            cross join lateral (select x.* from (${dayByDay}) x order by x.amount desc, x.kind, x.id limit ${q.perDay}) t`,
        ]
      : []),
    ...(few ? [few] : []),
  ];
  if (parts.length === 0) return null;
  return sql`select r.kind, r.id, r.date, r.customer_id, r.amount, r.currency from (
      select t.*, row_number() over (partition by t.date order by t.amount desc, t.kind, t.id) as n
      from (${sql.join(parts, sql` union all `)}) t) r
    where r.n <= ${q.perDay} limit ${days.length * q.perDay}`; // a bound the planner sees: few rows, looked up one by one
}

/**
 * The first `limit` items in day order from `first` on, past the cursor's place (`after`, on the items as `u`): the
 * days are read in order until the page is full, so a page of the first days never reads the rest of the month.
 */
export function pageByDayLateral(
  itemsOf: ItemsOf,
  q: CalendarItemsQuery,
  first: string,
  after: RawBuilder<unknown> | null,
  limit: number,
) {
  const items = itemsOf(oneDay(q));
  if (!items || first > q.to) return null;
  const days: string[] = [];
  for (let day = first; day <= q.to; day = addDays(day, 1)) days.push(day);
  return sql`select u.* from ${dayRows(days)} cross join lateral (${items}) u
    ${after ? sql`where ${after}` : sql``} order by d.day, u.amount desc, u.kind, u.id limit ${limit}`;
}
