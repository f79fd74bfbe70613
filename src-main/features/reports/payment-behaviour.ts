import { sql } from 'kysely';
import type { PaymentBehaviourReport, PaymentBehaviourRow, RiskSegment } from '../../../src-shared/domain/reports/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Every customer who has paid an invoice or owes something now. Counts, amounts, lateness and the late count come
 * from the habits kept per customer by triggers (10k rows, migrations 6 and 38); who owes from the kept open
 * amounts per customer (migration 17); what is overdue from the open invoices only. A customer without a stored
 * segment is the neutral B.
 */
export async function paymentBehaviour(db: Db, today: string): Promise<PaymentBehaviourReport> {
  // Both reads start together (on a server the pool runs them side by side).
  const [{ rows }, overdue] = await Promise.all([
    sql<{
      id: number;
      code: string;
      title: string;
      paid_count: number | null;
      paid_total: number | null;
      late_weighted: number | null;
      late_count: number | null;
      segment: RiskSegment | null;
    }>`
    select c.id, c.code, c.title, h.paid_count, h.paid_total, h.late_weighted, h.late_count, r.segment
    from customers c
    left join customer_habits h on h.customer_id = c.id
    left join customer_risk r on r.customer_id = c.id
    where h.paid_count > 0 or exists (select 1 from open_by_customer_due o where o.customer_id = c.id)`.execute(db),
    // Unsorted: each customer's few currencies are put in order below (a sort of every row saved on both stores).
    sql<{ customer_id: number; currency: string; amount: number }>`
    select customer_id, currency, sum(open_amount) as amount from invoices
    where open_amount > 0 and due_date < ${today} group by customer_id, currency`.execute(db),
  ]);
  const overdueOf = new Map<number, PaymentBehaviourRow['overdue']>();
  for (const r of overdue.rows) {
    const list = overdueOf.get(r.customer_id) ?? [];
    list.push({ currency: r.currency as Currency, amount: Number(r.amount) });
    overdueOf.set(r.customer_id, list);
  }
  for (const list of overdueOf.values()) list.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return {
    asOf: today,
    rows: rows.map((r) => {
      const paidCount = Number(r.paid_count ?? 0);
      const paidTotal = Number(r.paid_total ?? 0);
      return {
        customerId: r.id,
        customerCode: r.code,
        customerTitle: r.title,
        paidCount,
        avgDaysLate: paidTotal > 0 ? round(Number(r.late_weighted ?? 0) / paidTotal, 1) : 0,
        shareLate: paidCount > 0 ? round(Number(r.late_count ?? 0) / paidCount, 3) : 0,
        overdue: overdueOf.get(r.id) ?? [],
        segment: r.segment ?? 'B',
      };
    }),
  };
}
