import { sql } from 'kysely';
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
}

/**
 * Every event of one customer from the tables that hold it, merged newest first. A business-dated event
 * sorts by its date and then by when it was entered, so a day's events keep their order.
 */
export const customerTimeline: Handler<'customers/timeline'> = async ({ id, limit, cursor }, ctx) => {
  const exists = await ctx.db.selectFrom('customers').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound(`Customer ${id} does not exist`);
  // The position is the last row's (sort_at, ref_key); neither contains '|'.
  const [sortAt, refKey] = cursor ? String(decodeCursor(cursor, 'timeline').key).split('|') : [];
  const after = sortAt !== undefined ? sql`where (sort_at, ref_key) < (${sortAt}, ${refKey ?? ''})` : sql``;

  const { rows } = await sql<TimelineRow & { ref_key: string }>`
    select * from (
      select kind, ref_id, sort_at, at, title, detail, amount, currency, code, outcome, invoice_id,
             kind || ':' || printf('%012d', ref_id) as ref_key from (
        select 'invoice' as kind, id as ref_id, issue_date || substr(created_at, 11) as sort_at, issue_date as at,
               number as title, notes as detail, total as amount, currency, null as code, null as outcome, id as invoice_id
          from invoices where customer_id = ${id}
        union all
        select kind, id, date || substr(created_at, 11), date, coalesce(number, method), trim(reference || ' ' || note), amount, currency,
               method, null, invoice_id
          from payments where customer_id = ${id}
        union all
        select 'reversal', id, reversed_at, substr(reversed_at, 1, 10), coalesce(number, method), reversal_reason, amount, currency,
               kind, null, invoice_id
          from payments where customer_id = ${id} and reversed_at is not null
        union all
        select 'write_off', id, written_off_on || substr(updated_at, 11), written_off_on, number, write_off_reason, written_off_amount, currency,
               null, null, id
          from invoices where customer_id = ${id} and written_off_on is not null
        union all
        select 'dispute_opened', d.id, d.opened_on || substr(d.created_at, 11), d.opened_on, i.number, d.note, d.amount, i.currency,
               d.reason, null, d.invoice_id
          from disputes d join invoices i on i.id = d.invoice_id where d.customer_id = ${id}
        union all
        select 'dispute_resolved', d.id, d.resolved_on || 'T23:59:59.999Z', d.resolved_on, i.number, d.resolution_note, d.amount, i.currency,
               d.status, null, d.invoice_id
          from disputes d join invoices i on i.id = d.invoice_id where d.customer_id = ${id} and d.resolved_on is not null
        union all
        select 'promise', id, made_on || substr(created_at, 11), made_on, promised_date, note, amount, currency, null, null, null
          from promises where customer_id = ${id}
        union all
        select 'activity', id, occurred_at, occurred_at, summary, body, null, null, kind, outcome, invoice_id
          from activities where customer_id = ${id}
      )
    )
    ${after}
    order by sort_at desc, ref_key desc
    limit ${limit + 1}`.execute(ctx.db);

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
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ sort: 'timeline', key: `${last.sort_at}|${last.ref_key}`, id: 0 }) : null,
  };
};
