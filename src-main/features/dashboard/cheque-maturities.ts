import { sql } from 'kysely';
import { indexedBy } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';
import { liveCheques } from '../receivables/expected-collections';

/** Below this many cheques/notes with a known outcome the default honour rate stands in. */
const MIN_OUTCOMES = 10;
export const DEFAULT_HONOUR_RATE = 0.95;

export interface ChequeMaturity {
  currency: string;
  dueDate: string;
  amount: number;
}

/**
 * Cheques and notes (çek / senet) whose money is still to come to us: in the portfolio or handed to the bank
 * for collection. Receiving one was booked as a payment, so the invoices it paid are settled and no longer in
 * the forecast — but the cash arrives only at maturity, which is when the forecast expects it (a cash-flow
 * forecast, not a receivables one). One held by a creditor as collateral or endorsed to a supplier brings us
 * no cash, and a bounced or protested one has reopened the invoices it paid (they are expected again).
 */
export async function liveChequeMaturities(db: Db): Promise<ChequeMaturity[]> {
  const { rows } = await sql<ChequeMaturity>`
    select c.currency, c.due_date as "dueDate", sum(c.amount) as amount from ${liveCheques(db, 'c')}
    group by c.currency, c.due_date`.execute(db);
  return rows;
}

/**
 * The share of cheques and notes that were paid, of those whose outcome is known: collected, or dishonoured
 * at some point (bounced or protested, whatever happened after). The default until there are enough.
 */
export async function chequeHonourRate(db: Db): Promise<number> {
  // Collected ones (kept counted per status, migration 38), plus those dishonoured at some point and not collected
  // since: the few dishonouring events are read through their own partial index (migration 33).
  const { rows } = await sql<{ collected: number; dishonoured: number }>`
    select coalesce((select count from cheques_by_status where status = 'collected'), 0) as collected,
      (select count(*) from cheques c where c.status <> 'collected' and c.id in (
        select e.cheque_id from cheque_events e ${indexedBy(db, 'cheque_events_dishonoured')}
        where e.to_status in ('bounced', 'protested'))) as dishonoured`.execute(db);
  const collected = Number(rows[0]!.collected);
  const outcomes = collected + Number(rows[0]!.dishonoured);
  return outcomes >= MIN_OUTCOMES ? collected / outcomes : DEFAULT_HONOUR_RATE;
}
