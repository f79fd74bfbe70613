import type { Generated } from 'kysely';

/** One account line of an imported bank statement (migration 0022). */
export interface BankLinesTable {
  id: Generated<number>;
  account_iban: string;
  fingerprint: string;
  booking_date: string;
  direction: 'credit' | 'debit';
  amount: number;
  currency: string;
  description: string;
  counterparty_name: string;
  counterparty_iban: string;
  reference: string;
  balance: number | null;
  source_file: string;
  imported_at: string;
  status: 'open' | 'accepted' | 'dismissed' | 'debit';
  customer_id: number | null;
  confidence: Generated<number>;
  /** JSON: MatchCandidate[], best first. */
  candidates: Generated<string>;
  /** JSON: ProposedAllocation[] for the best candidate. */
  allocation: Generated<string>;
  handled_at: string | null;
}

export interface BankLinePaymentsTable {
  line_id: number;
  payment_id: number;
}

export interface CustomerIbansTable {
  iban: string;
  customer_id: number;
  source: 'card' | 'learned';
  created_at: string;
}
