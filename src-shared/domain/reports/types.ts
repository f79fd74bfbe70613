import type { Money } from '../../money/currency';
import type { Currency } from '../../money/currency';
import type { PaymentMethod } from '../payments/types';

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
  currencies: (AgingFigures & {
    overdue: number;
    openInvoiceCount: number;
    overdueInvoiceCount: number;
    /** Of the overdue today: under an open dispute, and covered by an active payment plan (null for a past day). */
    overdueDisputed: number | null;
    overdueInPlan: number | null;
  })[];
  creditLimit: CreditLimitUse | null;
}

export type RiskSegment = 'A' | 'B' | 'C' | 'D';

/** The measured behaviour behind a segment; each factor gives 0 (good) to 3 (bad) points. */
export interface RiskFactors {
  /** Days paid after the due date, averaged with each invoice weighted by its amount (last 24 months). */
  avgDaysLate: number;
  /** Share of paid invoices that were paid late (0–1). */
  shareLate: number;
  /** Overdue share of what is open now, in the worst currency (0–1). */
  overdueRatio: number;
  /** Promises to pay broken in the last 12 months. */
  brokenPromises: number;
  paidInvoices: number;
}

export interface CustomerRisk {
  customerId: number;
  segment: RiskSegment;
  /** 0–12: the sum of the factors' points. */
  score: number;
  factors: RiskFactors;
  points: Record<keyof Omit<RiskFactors, 'paidInvoices'>, number>;
  /** Too little history to judge: the segment is a neutral B. */
  insufficientHistory: boolean;
}

export type CollectionsGranularity = 'month' | 'week';

/** Payments received in one period (a calendar month, or a week from Monday) of one currency. */
export interface CollectionsPeriod {
  from: string;
  to: string;
  amount: number;
  count: number;
}

/** Payments received by one method over the whole range; a payment without a method counts as "other". */
export interface CollectionsByMethod {
  method: PaymentMethod;
  amount: number;
  count: number;
}

/** Collections of one currency over the range. Credit notes and reversed payments are not collections. */
export interface CurrencyCollections {
  currency: Currency;
  periods: CollectionsPeriod[];
  methods: CollectionsByMethod[];
  total: { amount: number; count: number };
  /** Payments dated in the range that were later reversed (not in the figures above). */
  reversed: { amount: number; count: number };
}

export interface CollectionsReport {
  from: string;
  to: string;
  granularity: CollectionsGranularity;
  currencies: CurrencyCollections[];
}

/** How one customer pays: over every invoice paid in full, and what is overdue now per currency. */
export interface PaymentBehaviourRow {
  customerId: number;
  customerCode: string;
  customerTitle: string;
  paidCount: number;
  /** Days paid after the due date, averaged with each invoice weighted by its amount. */
  avgDaysLate: number;
  /** Share of the paid invoices paid after their due date (0–1). */
  shareLate: number;
  overdue: { currency: Currency; amount: number }[];
  segment: RiskSegment;
}

export interface PaymentBehaviourReport {
  asOf: string;
  rows: PaymentBehaviourRow[];
}
