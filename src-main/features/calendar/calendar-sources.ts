import { sql, type RawBuilder } from 'kysely';
import { LIVE_STATUSES } from '../../../src-shared/domain/cheques/lifecycle';
import type { CalendarKind, CalendarItemsQuery } from '../../../src-shared/domain/calendar/schemas';
import { paidTowardsPromise } from '../collections/promises';

/** Plans whose unpaid instalments are still expected (a broken plan is still owed). */
export const EXPECTED_PLAN_STATUSES = ['active', 'broken'] as const;

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));

/**
 * Every source yields the same light columns: kind, id, date, customer_id, amount (still to collect),
 * currency — read from an index on its date (migrations 0008, 0010, 0016) without touching the table, so
 * a month of everyone's invoices sums from the index alone. What an item shows besides (`detailColumns`)
 * is looked up only for the items returned.
 */
export function calendarSources(q: CalendarItemsQuery, today: string): RawBuilder<unknown>[] {
  const kinds = new Set<CalendarKind>(q.kinds ?? ['invoice', 'instalment', 'cheque', 'promise']);
  const customer = (column: string) => (q.customerId === undefined ? sql`` : sql`and ${sql.ref(column)} = ${q.customerId}`);
  const parts: RawBuilder<unknown>[] = [];
  if (kinds.has('invoice'))
    // An invoice taken into a running plan is expected through the plan's instalments, not on its own due date.
    parts.push(sql`select 'invoice' as kind, i.id, i.due_date as date, i.customer_id, i.open_amount as amount, i.currency
      from invoices i
      where i.open_amount > 0 and i.due_date between ${q.from} and ${q.to} ${customer('i.customer_id')}
        and not exists (select 1 from plan_invoices pi join payment_plans p on p.id = pi.plan_id
          where pi.invoice_id = i.id and p.status in (${list(EXPECTED_PLAN_STATUSES)}))`);
  if (kinds.has('instalment'))
    // Later selects of the union take the first one's column names; each source is first when asked alone.
    parts.push(sql`select 'instalment' as kind, n.id, n.due_date as date, n.customer_id, n.amount - n.paid_amount as amount, n.currency
      from plan_instalments n join payment_plans p on p.id = n.plan_id
      where n.paid_amount < n.amount and n.due_date between ${q.from} and ${q.to} ${customer('n.customer_id')}
        and +p.status in (${list(EXPECTED_PLAN_STATUSES)})`); // `+`: walk the instalments by day, not every running plan
  if (kinds.has('cheque'))
    parts.push(sql`select 'cheque' as kind, c.id, c.due_date as date, c.customer_id, c.amount, c.currency
      from cheques c
      where c.status in (${list(LIVE_STATUSES)}) and c.due_date between ${q.from} and ${q.to} ${customer('c.customer_id')}`);
  if (kinds.has('promise')) {
    // Pending only: kept ones are paid, and a promise whose day has passed unpaid is broken, not expected.
    const from = q.from > today ? q.from : today;
    parts.push(sql`select 'promise' as kind, id, promised_date as date, customer_id, amount - paid as amount, currency from (
        select pr.*, ${paidTowardsPromise} as paid
        from promises pr
        where pr.status = 'pending' and pr.promised_date between ${from} and ${q.to} ${customer('pr.customer_id')}
      ) where amount > paid`);
  }
  return parts;
}

/** An item's reference, paper kind and plan, looked up by its kind and id (`y` is the item row). */
export const detailColumns = sql`
  case y.kind
    when 'invoice' then (select number from invoices where id = y.id)
    when 'instalment' then (select cast(seq as text) from plan_instalments where id = y.id)
    when 'cheque' then (select serial_number from cheques where id = y.id)
    else (select note from promises where id = y.id)
  end as reference,
  case when y.kind = 'cheque' then (select kind from cheques where id = y.id) end as cheque_kind,
  case when y.kind = 'instalment' then (select plan_id from plan_instalments where id = y.id) end as plan_id`;
