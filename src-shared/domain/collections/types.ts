import type { Currency } from '../../money/currency';
import type { ActivityKind, CallOutcome, DisputeReason } from './schemas';

export interface Dispute {
  id: number;
  invoiceId: number;
  invoiceNumber: string;
  customerId: number;
  reason: DisputeReason;
  amount: number;
  currency: Currency;
  note: string;
  status: 'open' | 'accepted' | 'rejected';
  openedOn: string;
  resolvedOn: string | null;
  resolutionNote: string;
  creditNoteId: number | null;
}

/** Kept when the customer's payments from the day it was made to the promised day cover it; broken after. */
export type PromiseStatus = 'pending' | 'kept' | 'broken' | 'cancelled';

export interface PaymentPromise {
  id: number;
  customerId: number;
  currency: Currency;
  amount: number;
  promisedDate: string;
  madeOn: string;
  note: string;
  status: PromiseStatus;
  /** Paid towards it so far (payments in the promise's window). */
  paidSoFar: number;
}

export interface Activity {
  id: number;
  customerId: number;
  kind: ActivityKind;
  summary: string;
  body: string;
  outcome: CallOutcome | null;
  invoiceId: number | null;
  occurredAt: string;
}

export type TimelineKind =
  | 'invoice'
  | 'payment'
  | 'credit_note'
  | 'reversal'
  | 'write_off'
  | 'dispute_opened'
  | 'dispute_resolved'
  | 'promise'
  | 'activity'
  | 'cheque'
  | 'promissory_note'
  /** A payment plan was made, broke, was completed, replanned or cancelled (code: 'created' or the status; title: its id). */
  | 'plan';

/** One line of a customer's history, newest first. `refId` points at the invoice, payment, … it is about. */
export interface TimelineEntry {
  kind: TimelineKind;
  refId: number;
  /** A business date (YYYY-MM-DD) or, for activities, an ISO time. */
  at: string;
  title: string;
  detail: string;
  amount: number | null;
  currency: Currency | null;
  /**
   * What the UI translates: a payment's method, a reversal's record kind ('payment' | 'credit_note'), a
   * dispute's reason (opened) or outcome (resolved), an activity's kind, a cheque's or note's new state; otherwise null.
   */
  code: string | null;
  /** An activity's outcome (reached, no answer, …). */
  outcome: CallOutcome | null;
  /** The invoice it is about, when there is one (the invoice itself, a disputed one, a credit note's). */
  invoiceId: number | null;
  /** The person named on the PC that made it; null for older entries, unnamed PCs and what the app did itself. */
  actor: string | null;
}

export interface TimelinePage {
  items: TimelineEntry[];
  nextCursor: string | null;
}
