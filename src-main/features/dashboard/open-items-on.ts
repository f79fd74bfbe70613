import { sql } from 'kysely';
import { addDays } from '../../../src-shared/dates/business-date';
import { daysBetween } from '../../store/dialect/dates';
import { greatest } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { lateBand, type Lateness } from './forecast-model';

export interface OpenItem {
  invoiceId: number;
  customerId: number;
  currency: string;
  dueDate: string;
  open: number;
}

/**
 * The invoices open on a day with their open amount then. From today on these are the kept open amounts;
 * for a past day only the invoices that something has touched since are reworked (the same corrections as
 * `receivablesOnDays`, per invoice), which is what lets a forecast be back-tested against what came in.
 */
export async function openItemsOn(db: Db, day: string, today: string): Promise<OpenItem[]> {
  if (day >= today) {
    const { rows } = await sql<OpenItem>`
      select id as "invoiceId", customer_id as "customerId", currency, due_date as "dueDate", open_amount as open
      from invoices where open_amount > 0`.execute(db);
    return rows;
  }
  const next = addDays(day, 1);
  // What changed after the day, per invoice: allocations made since (add back), allocations live then but
  // reversed since (take off again), write-offs since (add back).
  const { rows } = await sql<OpenItem>`
    with later(invoice_id, back) as (
      select invoice_id, sum(case when reversed_at is null then amount else -amount end) from allocations
      where (date > ${day} and reversed_at is null) or (reversed_on >= ${next} and date <= ${day})
      group by invoice_id
    ),
    touched(id, back) as (
      select id, 0 from invoices where open_amount > 0 and id not in (select invoice_id from later)
      union all select invoice_id, back from later
      union all select id, 0 from invoices where written_off_on > ${day} and open_amount = 0 and id not in (select invoice_id from later)
    )
    select * from (
      select i.id as "invoiceId", i.customer_id as "customerId", i.currency, i.due_date as "dueDate",
             i.open_amount + t.back + case when i.written_off_on > ${day} then i.written_off_amount else 0 end as open
      from touched t join invoices i on i.id = t.id
      where i.issue_date <= ${day}
    ) o where open > 0`.execute(db);
  return rows;
}

/**
 * Each customer's amount-weighted days paid late over every invoice paid in full by the day, with how many:
 * the kept habits from today on, recomputed from the invoices for a past day (a back-test).
 */
export async function latenessBefore(db: Db, day: string, today: string): Promise<Map<number, Lateness>> {
  const { rows } =
    day >= today
      ? await sql<{ customer_id: number; weighted: number; amount: number; n: number }>`
          select customer_id, late_weighted as weighted, paid_total as amount, paid_count as n
          from customer_habits where paid_count > 0`.execute(db)
      : await sql<{ customer_id: number; weighted: number; amount: number; n: number }>`
          select customer_id,
                 sum(${greatest(db, sql`0`, sql`cast(${daysBetween(db, sql`due_date`, sql`paid_date`)} as integer)`)} * total) as weighted,
                 sum(total) as amount, count(*) as n
          from invoices where paid_date <= ${day} group by customer_id`.execute(db);
  return new Map(
    rows.map((r) => [
      r.customer_id,
      {
        daysLate: Number(r.weighted) / Number(r.amount),
        paid: Number(r.n),
        band: lateBand(Number(r.weighted), Number(r.amount)),
      },
    ]),
  );
}
