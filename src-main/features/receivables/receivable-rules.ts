/**
 * What a receivable IS, in one place: every screen (Today, the calendar, the forecast, the dashboard, reminders,
 * the customer card and list) reads these rules, through their TypeScript form here or their SQL twins in
 * `receivable-sql.ts`. A test (test/integration/receivables) builds random ledgers and checks that every view
 * agrees with them, per currency.
 *
 * - Open: an invoice's kept `open_amount` > 0 (total − live allocations − write-off). Written off: open 0 and
 *   `written_off_amount` > 0. Both as `invoiceStatus` says.
 * - Overdue: open and due before today. Of that:
 *   - disputed: an open dispute on the invoice (it wins over everything else, as in `invoiceStatus`);
 *   - in a plan: covered by an ACTIVE payment plan (the customer keeps to the plan: nobody chases it);
 *   - to chase: the rest. Today and reminders chase only this; the dashboard and the card show the whole overdue
 *     and say how much of it is disputed or in a plan.
 * - Expected on a day: an open invoice on its due date for what no LIVE plan (active or broken) covers of it; an
 *   unpaid instalment of a live plan on its due date; a cheque or note in the portfolio or at the bank at maturity;
 *   a standing promise on its promised day for what is still unpaid of it.
 * - A promise to pay: paid towards it are the live payments of its customer in its currency, dated from the day it
 *   was made to the promised day, and RECORDED AFTER the promise was (a payment entered before the promise was
 *   made is what the promise was made on top of). Kept when paid in full; broken when its day passed unpaid;
 *   standing (pending) while its day is today or ahead and something is unpaid.
 */
import { invoiceStatus } from '../../../src-shared/domain/invoices/status';

export { invoiceStatus };

/** Plans whose unpaid instalments are expected in place of the invoices they cover (a broken plan is still owed). */
export const LIVE_PLAN_STATUSES = ['active', 'broken'] as const;
/** Plans that keep their invoices out of dunning: only one the customer is keeping to. */
export const CHASE_FREE_PLAN_STATUSES = ['active'] as const;

export interface OverdueFacts {
  openAmount: number;
  dueDate: string;
  openDisputes: number;
  inActivePlan: boolean;
}

export type OverduePart = 'disputed' | 'in_plan' | 'to_chase';

/** Which part of the overdue an invoice is in, or null when it is not overdue. */
export function overduePart(f: OverdueFacts, today: string): OverduePart | null {
  if (f.openAmount <= 0 || f.dueDate >= today) return null;
  if (f.openDisputes > 0) return 'disputed';
  return f.inActivePlan ? 'in_plan' : 'to_chase';
}

export interface PromiseFacts {
  customerId: number;
  currency: string;
  madeOn: string;
  promisedDate: string;
  createdAt: string;
}

export interface PaymentFacts {
  customerId: number;
  currency: string;
  kind: 'payment' | 'credit_note';
  reversedAt: string | null;
  date: string;
  createdAt: string;
}

/**
 * Whether a payment counts towards a promise. Recorded in the same millisecond counts as after (no human makes a
 * promise and records an earlier payment within one).
 */
export const countsTowardsPromise = (p: PaymentFacts, pr: PromiseFacts): boolean =>
  p.kind === 'payment' &&
  p.reversedAt === null &&
  p.customerId === pr.customerId &&
  p.currency === pr.currency &&
  p.date >= pr.madeOn &&
  p.date <= pr.promisedDate &&
  p.createdAt >= pr.createdAt;

export type PromiseState = 'cancelled' | 'kept' | 'broken' | 'pending';

export function promiseState(
  pr: { status: string; amount: number; promisedDate: string; paid: number },
  today: string,
): PromiseState {
  if (pr.status === 'cancelled') return 'cancelled';
  if (pr.paid >= pr.amount) return 'kept';
  return pr.promisedDate < today ? 'broken' : 'pending';
}

/**
 * How a customer's standing promises in one currency take over their overdue amount there: the promised remainder
 * is expected on the promised day, and as much of the overdue as it covers is no longer expected on its own.
 */
export const promisedCover = (promised: number, overdue: number): number => Math.max(0, Math.min(promised, overdue));
