import type { Money } from '../../money/currency';
import type { Currency } from '../../money/currency';

/**
 * Aging of one currency. `buckets[0]` is "not due yet", then one bucket per bound (1–30, 31–60, …) and the
 * last is "over the last bound". `credit` is unallocated money the customer has paid ahead (≥ 0).
 * Always: sum(buckets) − credit === balance.
 */
export interface AgingFigures {
  currency: Currency;
  buckets: number[];
  credit: number;
  balance: number;
}

export interface AgingRow extends AgingFigures {
  customerId: number;
  customerCode: string;
  customerTitle: string;
}

export interface AgingReport {
  asOf: string;
  /** The bounds used, e.g. [30, 60, 90, 120] → labels: not due, 1–30, 31–60, 61–90, 91–120, 120+. */
  bounds: number[];
  rows: AgingRow[];
  /** How many customer × currency rows there are in all (for paging). */
  rowCount: number;
  totals: AgingFigures[];
}

export interface CreditLimitUse {
  limit: Money;
  used: number;
  available: number;
  exceeded: boolean;
}

/** What a customer owes, per currency, as of a day: the figures on the customer card. */
export interface CustomerAccount {
  customerId: number;
  asOf: string;
  bounds: number[];
  currencies: (AgingFigures & { overdue: number; openInvoiceCount: number; overdueInvoiceCount: number })[];
  creditLimit: CreditLimitUse | null;
}
