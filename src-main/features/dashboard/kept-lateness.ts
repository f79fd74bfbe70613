import { sql } from 'kysely';
import type { Db } from '../../store/schema';
import { jsonIds } from '../../store/dialect/json';
import { asReal } from '../../store/dialect/scalars';
import { DEFAULT_DAYS_LATE, lateBand, MIN_PAID_FOR_COMPANY, MIN_PAID_FOR_OWN_HISTORY } from './forecast-model';

/** How late customers usually pay, as the forecast made today asks for it (see `companyLateness`, `segmentLateness`). */
export interface UsualLateness {
  /** A band read with an amount (-1: the customer has too little history), resolved to days. */
  lateOf(band: number, customerId: number): number;
  lateOfCustomer(customerId: number): number;
  /** Reads what `lateOf` and `lateOfCustomer` need to know of these customers (before asking about them). */
  load(customerIds: Iterable<number>): Promise<void>;
}

const SEGMENTS = ['A', 'B', 'C', 'D'] as const;
/** Σ daysLate × paid over customers' kept habits, where daysLate = late_weighted ÷ paid_total. */
const weightedDays = sql`sum(${asReal(sql`h.late_weighted`)} / nullif(h.paid_total, 0) * h.paid_count)`;

/**
 * The kept habits and risk segments read as the forecast needs them, instead of every customer's two rows (10,000
 * of each at the bench's size): the company's and each segment's lateness summed in SQL, and a customer's own
 * band and segment only for the customers asked about (those with promises, plans, or no band of their own).
 */
export async function keptLateness(db: Db): Promise<UsualLateness> {
  const { rows } = await sql<{ segment: string | null; weighted: number | null; paid: number | null }>`
    select null as segment, ${weightedDays} as weighted, sum(h.paid_count) as paid from customer_habits h where h.paid_count > 0
    union all
    select coalesce(r.segment, 'B'), ${weightedDays}, sum(h.paid_count) from customer_habits h
      left join customer_risk r on r.customer_id = h.customer_id
      where h.paid_count >= ${MIN_PAID_FOR_OWN_HISTORY} group by coalesce(r.segment, 'B')`.execute(db);
  const weightedOf = (r: (typeof rows)[number] | undefined) => {
    const paid = Number(r?.paid ?? 0);
    return paid >= MIN_PAID_FOR_COMPANY ? Number(r?.weighted ?? 0) / paid : null;
  };
  const company = weightedOf(rows.find((r) => r.segment === null)) ?? DEFAULT_DAYS_LATE;
  const bySegment = new Map<string, number>(SEGMENTS.map((s) => [s, weightedOf(rows.find((r) => r.segment === s)) ?? company]));
  const known = new Map<number, { band: number; segment: string }>();
  const segmentLate = (customerId: number) => bySegment.get(known.get(customerId)?.segment ?? 'B') ?? company;
  return {
    lateOf: (band, customerId) => (band >= 0 ? band : segmentLate(customerId)),
    lateOfCustomer: (customerId) => {
      const band = known.get(customerId)?.band ?? -1;
      return band >= 0 ? band : segmentLate(customerId);
    },
    async load(customerIds) {
      const ids = [...new Set(customerIds)].filter((id) => !known.has(id));
      if (ids.length === 0) return;
      const { rows: found } = await sql<{
        id: number;
        weighted: number | null;
        amount: number | null;
        n: number | null;
        segment: string | null;
      }>`
        select c.id, h.late_weighted as weighted, h.paid_total as amount, h.paid_count as n, r.segment
        from customers c left join customer_habits h on h.customer_id = c.id left join customer_risk r on r.customer_id = c.id
        where c.id in ${jsonIds(db, ids, 'x')}`.execute(db);
      for (const id of ids) known.set(id, { band: -1, segment: 'B' });
      for (const r of found) {
        const n = Number(r.n ?? 0);
        known.set(Number(r.id), {
          band: n >= MIN_PAID_FOR_OWN_HISTORY ? lateBand(Number(r.weighted), Number(r.amount)) : -1,
          segment: r.segment ?? 'B',
        });
      }
    },
  };
}
