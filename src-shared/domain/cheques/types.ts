import type { Currency } from '../../money/currency';
import type { ChequeKind, ChequeStatus } from './lifecycle';

/** One dated change of state; the first one (from null) is the receipt. */
export interface ChequeEvent {
  id: number;
  from: ChequeStatus | null;
  to: ChequeStatus;
  date: string;
  note: string;
  counterparty: string;
  createdAt: string;
}

export interface ChequeListItem {
  id: number;
  kind: ChequeKind;
  customerId: number;
  customerTitle: string;
  serialNumber: string;
  bank: string;
  drawer: string;
  dueDate: string;
  amount: number;
  currency: Currency;
  status: ChequeStatus;
  statusDate: string;
  /** Notes only: the last day to protest it (2 business days after due); null for cheques. */
  protestDeadline: string | null;
}

export interface Cheque extends ChequeListItem {
  branch: string;
  endorsers: string[];
  issuePlace: string;
  issueDate: string;
  receivedOn: string;
  note: string;
  /** The payment its receipt recorded (reversed when it bounced, was protested or returned). */
  paymentId: number;
  /** Endorsed: the supplier; otherwise the bank or creditor of the last transition, if given. */
  counterparty: string;
  history: ChequeEvent[];
  /** What the user may do next (the allowed graph for its kind). */
  next: ChequeStatus[];
}

export interface ChequePage {
  items: ChequeListItem[];
  nextCursor: string | null;
}

export interface CurrencyTotal {
  currency: Currency;
  count: number;
  amount: number;
}

export interface ChequeSummary {
  today: string;
  byStatus: { status: ChequeStatus; currency: Currency; count: number; amount: number }[];
  /** Still ours (portfolio, bank, collateral) and due from today to Sunday / to the month's end. */
  maturingThisWeek: CurrencyTotal[];
  maturingThisMonth: CurrencyTotal[];
  /** Notes not yet collected or protested whose protest deadline is within a week or already passed. */
  protestWarnings: (ChequeListItem & { protestDeadline: string; passed: boolean })[];
}
