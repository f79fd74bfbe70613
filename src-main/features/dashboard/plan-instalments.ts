import { sql } from 'kysely';
import { least } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { livePlanStatuses } from '../receivables/receivable-sql';

/** One customer's amount in one currency falling due on a day. */
export interface CustomerOpen {
  customerId: number;
  currency: string;
  dueDate: string;
  open: number;
}

export interface PlanAmounts {
  /** What live plans cover of each open invoice, on the invoice's own due date: left out of its expectation. */
  covered: CustomerOpen[];
  /** The unpaid remainder of each instalment of a live plan, on the instalment's due date. */
  instalments: CustomerOpen[];
}

/**
 * A payment plan (taksit / yapılandırma) replaces the due dates of the invoices it covers with its instalments:
 * the forecast expects the instalments' unpaid remainders and leaves out, of each covered invoice, what the
 * plan covers of it (up to what is still open), so nothing is counted twice. Plans and instalments keep only
 * their present state, so this is for a forecast made today (a back-test leaves plans out).
 */
export async function planAmounts(db: Db): Promise<PlanAmounts> {
  const { rows: covered } = await sql<CustomerOpen>`
    select i.customer_id as "customerId", i.currency, i.due_date as "dueDate", ${least(db, sql`i.open_amount`, sql`sum(pi.amount)`)} as open
    from payment_plans p
    join plan_invoices pi on pi.plan_id = p.id
    join invoices i on i.id = pi.invoice_id
    where p.status in ${livePlanStatuses} and i.open_amount > 0
    group by i.id`.execute(db);
  const { rows: instalments } = await sql<CustomerOpen>`
    select pl.customer_id as "customerId", pl.currency, pl.due_date as "dueDate", pl.amount - pl.paid_amount as open
    from payment_plans p join plan_instalments pl on pl.plan_id = p.id
    where p.status in ${livePlanStatuses} and pl.paid_amount < pl.amount`.execute(db);
  return { covered, instalments };
}
