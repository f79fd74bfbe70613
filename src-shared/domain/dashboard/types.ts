import type { Currency } from '../../money/currency';

/** The dashboard's figures for one currency on one day. A ratio with nothing to divide by is null. */
export interface KpiFigures {
  /** Open invoice amounts on the day (what customers owe, before unallocated advances). */
  receivables: number;
  overdue: number;
  /** overdue / receivables, 0–1. */
  overdueShare: number | null;
  /** Days sales outstanding, standard ratio: receivables ÷ sales of the last 90 days × 90. */
  dso: number | null;
  /**
   * Collection effectiveness index of the last full month, in %:
   * (opening + sales − closing) ÷ (opening + sales − closing not yet due) × 100.
   */
  cei: number | null;
  /** Days paid after the due date, weighted by amount, over invoices paid in the last 90 days. */
  avgDaysLate: number | null;
  /** Share of promises falling due in the last 90 days (not cancelled) that were kept, 0–1. */
  promisesKeptRate: number | null;
  /** Payments received from the 1st of the month to the day. */
  collectedInMonth: number;
  /** Invoices falling due in the whole month (their totals). */
  dueInMonth: number;
}

export interface CurrencyKpis {
  currency: Currency;
  current: KpiFigures;
  /** The same figures a month earlier, for the change shown on each tile. */
  previous: KpiFigures;
}

export interface DashboardKpis {
  asOf: string;
  previousAsOf: string;
  /** The full month the CEI is measured over (asOf's previous month). */
  ceiMonth: { from: string; to: string };
  currencies: CurrencyKpis[];
}
