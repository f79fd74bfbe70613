import { addDays, daysBetween } from '../../../src-shared/dates/business-date';
import type { OpenItem } from './open-items-on';

/** A customer needs this many paid invoices before their own lateness is trusted over the company's. */
export const MIN_PAID_FOR_OWN_HISTORY = 3;

export interface Lateness {
  daysLate: number;
  paid: number;
}

/** One open amount: when it is due (null when already overdue), and how much of it is expected from when. */
export interface ExpectedReceipt {
  currency: string;
  scheduledOn: string | null;
  scheduled: number;
  /** Weighted by the chance of collecting it at all (may have a fraction; periods round once). */
  predicted: number;
  /** From this day on the amount is expected, spread as the customer's lateness is (see `shareBetween`). */
  expectedFrom: string;
  /** The mean of that spread, in days; 0 is all of it on `expectedFrom`. */
  meanDelay: number;
}

/** Below this many paid invoices in all, the company's own lateness is not trusted either. */
const MIN_PAID_FOR_COMPANY = 20;
/** Days late assumed until the company has a history (a cautious figure for Turkish B2B trade). */
export const DEFAULT_DAYS_LATE = 30;

/** Amount-weighted lateness of the whole company: the stand-in for customers with too little history. */
export function companyLateness(history: Map<number, Lateness>): number {
  let weighted = 0;
  let count = 0;
  for (const h of history.values()) {
    weighted += h.daysLate * h.paid;
    count += h.paid;
  }
  return count >= MIN_PAID_FOR_COMPANY ? weighted / count : DEFAULT_DAYS_LATE;
}

/**
 * As scheduled, an open amount comes in on its due date. As predicted, late payment is modelled the way it
 * behaves: a share of what falls due is never collected (`stuck`), the rest comes in after the due date
 * spread exponentially with the customer's own mean days late — most soon, a long tail later. An amount
 * already overdue is then less likely to be one that will still come (the longer, the less, and sooner so
 * for a customer who usually pays on time), and what is still to come of it is spread the same way from today.
 */
export function expectedReceipt(item: OpenItem, asOf: string, usualLate: number, stuck: number): ExpectedReceipt {
  const daysOverdue = Math.max(0, daysBetween(item.dueDate, asOf));
  const overdue = item.dueDate < asOf;
  const mean = Math.max(usualLate, 1);
  const stillComing = (1 - stuck) * Math.exp(-daysOverdue / mean);
  return {
    currency: item.currency,
    scheduledOn: overdue ? null : item.dueDate,
    scheduled: item.open,
    predicted: item.open * (stillComing / (stillComing + stuck)),
    expectedFrom: overdue ? asOf : item.dueDate,
    meanDelay: overdue ? mean : Math.max(0, usualLate),
  };
}

/** Share of a receipt expected from day `from` to day `to` (inclusive). */
export function shareBetween(receipt: Pick<ExpectedReceipt, 'expectedFrom' | 'meanDelay'>, from: string, to: string): number {
  // Share expected before `day`: none before the start; a point mass all on the start day itself.
  const cdf = (day: string) => {
    const x = daysBetween(receipt.expectedFrom, day);
    if (x <= 0) return 0;
    return receipt.meanDelay < 0.5 ? 1 : 1 - Math.exp(-x / receipt.meanDelay);
  };
  return cdf(addDays(to, 1)) - cdf(from);
}
