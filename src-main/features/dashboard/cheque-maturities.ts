import { sql } from 'kysely';
import { countWhere } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { EXPECTED_CHEQUE_STATUSES } from '../receivables/expected-collections';

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
    select currency, due_date as "dueDate", sum(amount) as amount from cheques
    where status in (${sql.join([...EXPECTED_CHEQUE_STATUSES])}) group by currency, due_date`.execute(db);
  return rows;
}

/**
 * The share of cheques and notes that were paid, of those whose outcome is known: collected, or dishonoured
 * at some point (bounced or protested, whatever happened after). The default until there are enough.
 */
export async function chequeHonourRate(db: Db): Promise<number> {
  const { rows } = await sql<{ outcomes: number; collected: number }>`
    select count(*) as outcomes, coalesce(${countWhere(sql`status = 'collected'`)}, 0) as collected from cheques c
    where status = 'collected'
       or exists (select 1 from cheque_events e where e.cheque_id = c.id and e.to_status in ('bounced', 'protested'))`.execute(
    db,
  );
  const { outcomes, collected } = rows[0]!;
  return Number(outcomes) >= MIN_OUTCOMES ? Number(collected) / Number(outcomes) : DEFAULT_HONOUR_RATE;
}
