/** Migration 0020: what a customer owes per currency, kept for the customer list (see customer-figures.ts). */
export interface CustomerFiguresTable {
  customer_id: number;
  currency: string;
  balance: number;
  overdue: number;
  oldest_overdue_due: string | null;
  next_expected_day: string | null;
  next_expected_amount: number;
  computed_on: string;
  /** Migration 0034: the overdue neither disputed nor in an active plan (what Today chases), its oldest due date. */
  to_chase: number;
  oldest_to_chase_due: string | null;
  /** Migration 0039: the open invoice amounts (the balance before money paid ahead), which the segments sum. */
  open_amount: number;
}

/** Migration 0042: what Today ranks, one row per customer with something to chase (see customer-figures.ts). */
export interface CustomerChaseTable {
  customer_id: number;
  oldest_due: string;
  chase_try: number;
  chase_usd: number;
  chase_eur: number;
  chase_gbp: number;
}
