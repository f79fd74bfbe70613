import { sql } from 'kysely';
import { addDays } from '../../../src-shared/dates/business-date';
import type { Db } from '../../store/schema';
import type { OpenItem } from './open-items-on';

/** The invoices that fell due in this many days before the day are the sample. */
const SAMPLE_DAYS = 365;
/** With fewer invoices than this past due in the sample, the default share stands in (a new company). */
const MIN_SAMPLE = 20;
const DEFAULT_STUCK_SHARE = 0.05;

/**
 * The share of what falls due that is never collected, learnt from the invoices that fell due in the year
 * before the day: what is still open of them against what was paid. (Some of the open ones will still be
 * paid, so this leans cautious.)
 */
export async function stuckShare(db: Db, day: string, openOnDay: readonly OpenItem[]): Promise<number> {
  const since = addDays(day, -SAMPLE_DAYS);
  const paid = await sql<{ amount: number | null; n: number }>`
    select sum(total) as amount, count(*) as n from invoices
    where paid_date >= ${since} and paid_date <= ${day} and due_date >= ${since} and due_date < ${day}`.execute(db);
  let open = 0;
  let n = Number(paid.rows[0]?.n ?? 0);
  for (const item of openOnDay)
    if (item.dueDate >= since && item.dueDate < day) {
      open += item.open;
      n += 1;
    }
  const paidAmount = Number(paid.rows[0]?.amount ?? 0);
  return n < MIN_SAMPLE || paidAmount + open === 0 ? DEFAULT_STUCK_SHARE : open / (paidAmount + open);
}
