import type { Generated } from 'kysely';

export interface InvoicesTable {
  id: Generated<number>;
  customer_id: number;
  number: string;
  /** Turkish-folded number: uniqueness ignores case. */
  number_key: string;
  issue_date: string;
  due_date: string;
  currency: string;
  net: number;
  vat: number;
  total: number;
  /** What is still owed: total − allocations − write-off. Kept in step with `allocations`. */
  open_amount: number;
  written_off_amount: number;
  written_off_on: string | null;
  write_off_reason: string | null;
  /** How many disputes on this invoice are open (status 'disputed' when > 0). */
  open_disputes: number;
  /** The day the last allocation settled it; null while anything is open. */
  paid_date: string | null;
  ettn: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** The person named on the PC that wrote it (migration 0026); null when nobody was. */
  created_by: string | null;
  /** Who wrote it off (migration 0026). */
  written_off_by: string | null;
}

/** Kept by triggers on `invoices` (migration 0004): count and amounts per currency, state and due date. */
export interface InvoiceSummaryTable {
  currency: string;
  /** paid, written_off, disputed, partial (open, something paid) or full (open, nothing paid). */
  state: 'paid' | 'written_off' | 'disputed' | 'partial' | 'full';
  due_date: string;
  count: number;
  total: number;
  open: number;
}

/** A customer's risk segment as last computed (migration 0004); no row: no ledger yet, a neutral B. */
export interface CustomerRiskTable {
  customer_id: number;
  segment: 'A' | 'B' | 'C' | 'D';
  score: number;
  /** The business day it was computed on: older rows are refreshed (overdue grows as days pass). */
  refreshed_on: string;
}

export interface InvoiceLinesTable {
  id: Generated<number>;
  invoice_id: number;
  position: number;
  description: string;
  quantity_milli: number;
  unit_price: number;
  vat_rate: number;
  discount_bp: number;
  net: number;
  vat: number;
}

/** Payments and credit notes: both are credits that allocate to invoices. */
export interface PaymentsTable {
  id: Generated<number>;
  customer_id: number;
  kind: 'payment' | 'credit_note';
  number: string | null;
  date: string;
  currency: string;
  amount: number;
  /** The part not yet allocated to an invoice: the customer's credit (advance). */
  unallocated: number;
  method: string | null;
  reference: string;
  note: string;
  invoice_id: number | null;
  reversed_at: string | null;
  /** The business day of the reversal: the local day at `reversed_at` (migration 0021). */
  reversed_on: Generated<string | null>;
  reversal_reason: string | null;
  created_at: string;
  /** The e-document's ETTN for a credit note imported from UBL-TR (migration 0014). */
  ettn: Generated<string | null>;
  /** The person named on the PC that wrote it (migration 0026); null when nobody was. */
  created_by: string | null;
  /** Who reversed it (migration 0026). */
  reversed_by: string | null;
}

export interface AllocationsTable {
  id: Generated<number>;
  invoice_id: number;
  payment_id: number;
  amount: number;
  /** Business date the money counts from (the payment's date, or the day it was applied later). */
  date: string;
  created_at: string;
  reversed_at: string | null;
  /** The business day the allocation was released (migration 0021). */
  reversed_on: Generated<string | null>;
}

export interface DisputesTable {
  id: Generated<number>;
  invoice_id: number;
  customer_id: number;
  reason: string;
  amount: number;
  note: string;
  status: 'open' | 'accepted' | 'rejected';
  opened_on: string;
  resolved_on: string | null;
  resolution_note: string;
  credit_note_id: number | null;
  created_at: string;
  /** Who opened and who resolved it (migration 0026); null when nobody was named. */
  opened_by: string | null;
  resolved_by: string | null;
}

export interface PromisesTable {
  id: Generated<number>;
  customer_id: number;
  currency: string;
  amount: number;
  promised_date: string;
  note: string;
  made_on: string;
  status: 'pending' | 'kept' | 'broken' | 'cancelled';
  settled_on: string | null;
  created_at: string;
  /** The person named on the PC that wrote it (migration 0026); null when nobody was. */
  created_by: string | null;
}

/** What was paid towards each promise, kept by triggers (migrations 0017, 0018). */
export interface PromisePaidTable {
  promise_id: number;
  paid: number;
}

export interface ActivitiesTable {
  id: Generated<number>;
  customer_id: number;
  kind: string;
  occurred_at: string;
  summary: string;
  body: string;
  outcome: string | null;
  invoice_id: number | null;
  created_at: string;
  /** The person named on the PC that wrote it (migration 0026); null when nobody was. */
  created_by: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** The computer's account that made the change (the OS user). */
  actor: string;
  /** The person named on that PC (migration 0026); null before it or when no name was set. */
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: number;
  before: string | null;
  after: string | null;
}
