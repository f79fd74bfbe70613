import { sql } from 'kysely';
import type { Db } from '../../store/schema';

/** With fewer invoices than this past due, the default share stands in (a new company). */
const MIN_SAMPLE = 20;
const DEFAULT_STUCK_SHARE = 0.05;

/**
 * The share of what falls due that is never collected: of every invoice that fell due before the day, what
 * is still open against what was paid in full. (Some of the open ones will still be paid, so this leans
 * cautious.) From today on the paid side comes from the kept habits; for a past day from the invoices.
 */
export async function stuckShare(
  db: Db,
  day: string,
  today: string,
  overdueOnDay: { open: number; count: number },
): Promise<number> {
  const paid =
    day >= today
      ? await sql<{ amount: number | null; n: number | null }>`
          select sum(paid_total) as amount, sum(paid_count) as n from customer_habits`.execute(db)
      : await sql<{ amount: number | null; n: number | null }>`
          select sum(total) as amount, count(*) as n from invoices where paid_date <= ${day}`.execute(db);
  const open = overdueOnDay.open;
  const n = Number(paid.rows[0]?.n ?? 0) + overdueOnDay.count;
  const paidAmount = Number(paid.rows[0]?.amount ?? 0);
  return n < MIN_SAMPLE || paidAmount + open === 0 ? DEFAULT_STUCK_SHARE : open / (paidAmount + open);
}
