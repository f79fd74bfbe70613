import type { Currency } from '../../money/currency';
import type { RiskSegment } from '../reports/types';

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
  /**
   * Of today's overdue, the part under an open dispute (the invoice list's "overdue" filter leaves it out: it lists
   * those as disputed). Null for a past day: disputes are known only as they stand now.
   */
  overdueDisputed: number | null;
}

export interface DashboardKpis {
  asOf: string;
  previousAsOf: string;
  /** The full month the CEI is measured over (asOf's previous month). */
  ceiMonth: { from: string; to: string };
  currencies: CurrencyKpis[];
}

export type ForecastGranularity = 'week' | 'month';

export interface ForecastPeriod {
  from: string;
  to: string;
  /** Open amounts falling due in the period. */
  scheduled: number;
  /** What each customer's own payment habit says will come in (weighted by the chance of collection). */
  predicted: number;
}

export interface CurrencyForecast {
  currency: Currency;
  /** Already overdue on the forecast day: no scheduled period holds it. */
  overdue: number;
  periods: ForecastPeriod[];
  /** Expected after the last period. */
  later: { scheduled: number; predicted: number };
}

export interface CashForecast {
  asOf: string;
  granularity: ForecastGranularity;
  currencies: CurrencyForecast[];
}

export interface BacktestWeek {
  from: string;
  to: string;
  scheduled: number;
  predicted: number;
  /** What was actually allocated to the invoices open on the forecast day, in that week. */
  actual: number;
}

/** A forecast made some weeks ago, against what came in since. Error = Σ|forecast − actual| ÷ Σ actual. */
export interface CurrencyBacktest {
  currency: Currency;
  weeks: BacktestWeek[];
  scheduledError: number | null;
  predictedError: number | null;
}

export interface ForecastBacktest {
  madeOn: string;
  currencies: CurrencyBacktest[];
}

/**
 * The back-test is made once a day on a worker thread: until the day's is ready the call answers `computing`
 * at once, and the `dashboard/backtest-ready` event says when to ask again.
 */
export type BacktestAnswer = ({ status: 'ready' } & ForecastBacktest) | { status: 'computing' };

/** One month of the collections trend: what was invoiced and what was collected in it. */
export interface TrendMonth {
  /** The month's first day. */
  month: string;
  invoiced: number;
  collected: number;
}

export interface CollectionsTrend {
  asOf: string;
  currencies: { currency: Currency; months: TrendMonth[] }[];
}

/** Open and overdue amounts of the customers in each risk segment, per currency. */
export interface SegmentExposure {
  asOf: string;
  currencies: { currency: Currency; segments: { segment: RiskSegment; customers: number; open: number; overdue: number }[] }[];
}
