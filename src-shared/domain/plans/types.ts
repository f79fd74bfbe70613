import type { Currency } from '../../money/currency';
import type { PlanStatus } from './schemas';

export type InstalmentState = 'paid' | 'partly_paid' | 'due' | 'late';

export interface ProposedRow {
  kind: 'down_payment' | 'instalment';
  dueDate: string;
  amount: number;
  /** The calendar day it fell on before it was moved to the next business day. */
  movedFrom: string | null;
}

export interface PlanProposal {
  principal: number;
  downPayment: number;
  interestAmount: number;
  /** principal + interest: what the rows add up to. */
  total: number;
  rows: ProposedRow[];
}

export interface PlanInstalment {
  id: number;
  seq: number;
  kind: 'down_payment' | 'instalment';
  dueDate: string;
  amount: number;
  paidAmount: number;
  state: InstalmentState;
}

export interface PlanInvoice {
  invoiceId: number;
  number: string;
  dueDate: string;
  /** What the plan took over from this invoice. */
  amount: number;
  /** What is still open on it now. */
  openAmount: number;
  isInterest: boolean;
}

export interface PlanListItem {
  id: number;
  customerId: number;
  customerTitle: string;
  currency: Currency;
  kind: 'instalment' | 'restructure';
  status: PlanStatus;
  statusDate: string;
  principal: number;
  interestAmount: number;
  total: number;
  paid: number;
  instalmentCount: number;
  /** The first instalment not fully paid, if any. */
  nextDueDate: string | null;
  createdAt: string;
}

export interface PaymentPlan extends PlanListItem {
  downPayment: number;
  interestRateBp: number;
  interestInvoiceId: number | null;
  /** What a replan would take over: each invoice's open amount, up to what the plan covered of it. */
  remaining: number;
  frequency: string;
  startDate: string;
  note: string;
  replacesPlanId: number | null;
  replacedByPlanId: number | null;
  graceDays: number;
  invoices: PlanInvoice[];
  instalments: PlanInstalment[];
}

export interface PlanPage {
  items: PlanListItem[];
  nextCursor: string | null;
}

export interface PlanSettings {
  graceDays: number;
}

/** An open invoice the editor can put on a plan, with the live plan that already holds it, if any. */
export interface CoverableInvoice {
  id: number;
  number: string;
  issueDate: string;
  dueDate: string;
  total: number;
  openAmount: number;
  overdue: boolean;
  heldByPlanId: number | null;
}
