import { sql, type RawBuilder } from 'kysely';
import type { CallOutcome } from '../../../src-shared/domain/collections/schemas';
import type { TimelineEntry, TimelineKind } from '../../../src-shared/domain/collections/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, encodeCursor } from '../../core/cursor';
import { notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';

interface TimelineRow {
  kind: TimelineKind;
  ref_id: number;
  sort_at: string;
  at: string;
  title: string | null;
  detail: string | null;
  amount: number | null;
  currency: string | null;
  code: string | null;
  outcome: string | null;
  invoice_id: number | null;
  actor: string | null;
}

/**
 * One source of timeline entries of a single kind: the table, the sort key (an expression that an index of
 * migration 0005 holds where the source can be large), the row's id and the columns of an entry.
 */
interface Source {
  kind: TimelineKind;
  from: RawBuilder<unknown>;
  /** SQL text (constants of this file, never user input). */
  sortAt: string;
  id: string;
  columns: RawBuilder<unknown>;
}

/**
 * An entry's columns, named alike in every source so the union lines them up; `actor` is who made the entry.
 * A NULL of the numeric columns is typed: PostgreSQL makes an untyped one text inside a derived table.
 */
const cols = (...[at, title, detail, amount, currency, code, outcome, invoiceId, actor]: string[]) =>
  sql.raw(`${at} as at, ${title} as title, ${detail} as detail, ${typed(amount!)} as amount, ${currency} as currency,
    ${code} as code, ${outcome} as outcome, ${typed(invoiceId!)} as invoice_id, ${actor} as actor`);
const typed = (column: string) => (column === 'null' ? 'cast(null as bigint)' : column);

/** A cheque's or note's steps, its receipt included; the code is the state it went to. */
const chequeEvents = (kind: 'cheque' | 'promissory_note', customerId: number): Source => ({
  kind,
  from: sql`cheque_events e join cheques c on c.id = e.cheque_id
    where e.customer_id = ${customerId} and c.kind = ${kind === 'cheque' ? 'cheque' : 'note'}`,
  sortAt: 'e.date || substr(e.created_at, 11)',
  id: 'e.id',
  columns: cols('e.date', 'c.serial_number', 'e.note', 'c.amount', 'c.currency', 'e.to_status', 'null', 'null', 'e.created_by'),
});

const sources = (customerId: number): Source[] => {
  const payments = (kind: 'payment' | 'credit_note'): Source => ({
    kind,
    from: sql`payments where customer_id = ${customerId} and kind = ${kind}`,
    sortAt: 'date || substr(created_at, 11)',
    id: 'id',
    columns: cols(
      'date',
      'coalesce(number, method)',
      "trim(reference || ' ' || note)",
      'amount',
      'currency',
      'method',
      'null',
      'invoice_id',
      'created_by',
    ),
  });
  const disputes = sql`disputes d join invoices i on i.id = d.invoice_id where d.customer_id = ${customerId}`;
  return [
    {
      kind: 'invoice',
      from: sql`invoices where customer_id = ${customerId}`,
      sortAt: 'issue_date || substr(created_at, 11)',
      id: 'id',
      columns: cols('issue_date', 'number', 'notes', 'total', 'currency', 'null', 'null', 'id', 'created_by'),
    },
    payments('payment'),
    payments('credit_note'),
    {
      kind: 'reversal',
      from: sql`payments where customer_id = ${customerId} and reversed_at is not null`,
      sortAt: 'reversed_on || substr(reversed_at, 11)',
      id: 'id',
      columns: cols(
        'reversed_on',
        'coalesce(number, method)',
        'reversal_reason',
        'amount',
        'currency',
        'kind',
        'null',
        'invoice_id',
        'reversed_by',
      ),
    },
    {
      kind: 'write_off',
      from: sql`invoices where customer_id = ${customerId} and written_off_on is not null`,
      sortAt: 'written_off_on || substr(updated_at, 11)',
      id: 'id',
      columns: cols(
        'written_off_on',
        'number',
        'write_off_reason',
        'written_off_amount',
        'currency',
        'null',
        'null',
        'id',
        'written_off_by',
      ),
    },
    {
      kind: 'dispute_opened',
      from: disputes,
      sortAt: 'd.opened_on || substr(d.created_at, 11)',
      id: 'd.id',
      columns: cols(
        'd.opened_on',
        'i.number',
        'd.note',
        'd.amount',
        'i.currency',
        'd.reason',
        'null',
        'd.invoice_id',
        'd.opened_by',
      ),
    },
    {
      kind: 'dispute_resolved',
      from: sql`${disputes} and d.resolved_on is not null`,
      sortAt: "d.resolved_on || 'T23:59:59.999Z'",
      id: 'd.id',
      columns: cols(
        'd.resolved_on',
        'i.number',
        'd.resolution_note',
        'd.amount',
        'i.currency',
        'd.status',
        'null',
        'd.invoice_id',
        'd.resolved_by',
      ),
    },
    {
      kind: 'promise',
      from: sql`promises where customer_id = ${customerId}`,
      sortAt: 'made_on || substr(created_at, 11)',
      id: 'id',
      columns: cols('made_on', 'promised_date', 'note', 'amount', 'currency', 'null', 'null', 'null', 'created_by'),
    },
    chequeEvents('cheque', customerId),
    {
      kind: 'plan',
      from: sql`plan_events e join payment_plans p on p.id = e.plan_id where e.customer_id = ${customerId}`,
      sortAt: 'e.date || substr(e.created_at, 11)',
      id: 'e.id',
      columns: cols('e.date', 'cast(p.id as text)', 'p.note', 'p.total', 'p.currency', 'e.event', 'null', 'null', 'e.created_by'),
    },
    chequeEvents('promissory_note', customerId),
    {
      kind: 'activity',
      from: sql`activities where customer_id = ${customerId}`,
      sortAt: 'occurred_at',
      id: 'id',
      columns: cols('occurred_at', 'summary', 'body', 'null', 'null', 'kind', 'outcome', 'invoice_id', 'created_by'),
    },
  ];
};

/** Entries of the same moment are ordered by kind, then id; the key ties a position to both. */
const refKey = (kind: string, id: number) => `${kind}:${String(id).padStart(12, '0')}`;

/**
 * Below which id a source's rows at the cursor's very moment still come after the cursor: all of them when
 * its kind sorts before the cursor's, none when after, those with a smaller id when it is the same kind.
 */
function idBound(kind: TimelineKind, cursorRefKey: string): number | 'all' | 'none' {
  const [cursorKind, cursorId] = cursorRefKey.split(':');
  if (kind === cursorKind) return Number(cursorId);
  return `${kind}:` < cursorRefKey ? 'all' : 'none';
}

/** Rows after the cursor `(at, id bound)` in the source's (sort key, id) order, newest first. */
function afterCursor(sort: RawBuilder<unknown>, rowId: RawBuilder<unknown>, at: string, bound: ReturnType<typeof idBound>) {
  // `sort <= at` lets SQLite start the index walk at the cursor; the row value then skips what was shown.
  if (bound === 'all') return sql`and ${sort} <= ${at}`;
  if (bound === 'none') return sql`and ${sort} < ${at}`;
  return sql`and ${sort} <= ${at} and (${sort}, ${rowId}) < (${at}, ${bound})`;
}

/**
 * Every event of one customer, merged newest first. A business-dated event sorts by its date and then by
 * when it was entered, so a day's events keep their order. Each source reads only its next `limit + 1`
 * rows after the cursor (walking its index backwards), so a page costs the same at any history length.
 */
export const customerTimeline: Handler<'customers/timeline'> = async ({ id, limit, cursor }, ctx) => {
  // The position is the last row's (sort_at, ref_key); neither contains '|'.
  const [sortAt, cursorRefKey] = cursor ? String(decodeCursor(cursor, 'timeline').key).split('|') : [];

  const parts = sources(id).map((source) => {
    const sort = sql.raw(source.sortAt);
    const rowId = sql.raw(source.id);
    const after = sortAt !== undefined ? afterCursor(sort, rowId, sortAt, idBound(source.kind, cursorRefKey ?? '')) : sql``;
    return sql`select * from (
      select ${source.kind} as kind, ${rowId} as ref_id, ${sort} as sort_at, ${source.columns}
        from ${source.from} ${after}
        order by ${sort} desc, ${rowId} desc limit ${limit + 1}) ${sql.raw(source.kind)}`;
  });
  const { rows } = await sql<TimelineRow>`
    select * from (${sql.join(parts, sql` union all `)}) t
    order by sort_at desc, kind desc, ref_id desc
    limit ${limit + 1}`.execute(ctx.db);
  // A customer with entries exists; only an empty page asks (one round trip less on a server for every other page).
  if (rows.length === 0 && !(await ctx.db.selectFrom('customers').select('id').where('id', '=', id).executeTakeFirst()))
    throw notFound(`Customer ${id} does not exist`);

  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((r): TimelineEntry => ({
      kind: r.kind,
      refId: r.ref_id,
      at: r.at,
      title: r.title ?? '',
      detail: r.detail ?? '',
      amount: r.amount,
      currency: r.currency as Currency | null,
      code: r.code,
      outcome: r.outcome as CallOutcome | null,
      invoiceId: r.invoice_id,
      actor: r.actor,
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ sort: 'timeline', key: `${last.sort_at}|${refKey(last.kind, last.ref_id)}`, id: 0 })
        : null,
  };
};
