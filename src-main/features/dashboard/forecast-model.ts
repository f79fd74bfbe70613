/** A customer needs this many paid invoices before their own lateness is trusted over the company's. */
export const MIN_PAID_FOR_OWN_HISTORY = 3;
/** Below this many paid invoices in all, the company's own lateness is not trusted either. */
export const MIN_PAID_FOR_COMPANY = 20;
/** Days late assumed until the company has a history (a cautious figure for Turkish B2B trade). */
export const DEFAULT_DAYS_LATE = 30;

export interface Lateness {
  daysLate: number;
  paid: number;
  /** `daysLate` rounded to whole days (see `lateBand`). */
  band: number;
}

/**
 * A customer's own lateness as the forecast uses it: whole days, ⌊(2·weighted + total) / (2·total)⌋ — the
 * same integer rounding as the kept grouping of open amounts by band (migration 17), which is what lets the
 * forecast read a band's open amounts at once instead of each customer's invoices.
 */
export const lateBand = (weighted: number, total: number): number => Math.floor((2 * weighted + total) / (2 * total));

/** One open amount in day numbers (see `dayNumberCache`), and how much of it is expected from when. */
export interface ExpectedReceipt {
  /** Its due day, or null when already overdue on the forecast day. */
  scheduledOn: number | null;
  scheduled: number;
  /** Weighted by the chance of collecting it at all (may have a fraction; periods round once). */
  predicted: number;
  /** From this day on the amount is expected, spread as the customer's lateness is (see `shareBetween`). */
  expectedFrom: number;
  /** The mean of that spread, in days; under half a day is all of it on `expectedFrom`. */
  meanDelay: number;
}

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
 * The amount-weighted lateness of the customers with a history in each risk segment: a new customer (always
 * the neutral B) is expected to pay like the B customers that have one. A segment with fewer than
 * MIN_PAID_FOR_COMPANY paid invoices falls back to the whole company.
 */
export function segmentLateness(history: Map<number, Lateness>, segmentOf: Map<number, string>): Map<string, number> {
  const bySegment = new Map<string, Map<number, Lateness>>();
  for (const [customerId, h] of history) {
    if (h.paid < MIN_PAID_FOR_OWN_HISTORY) continue;
    const segment = segmentOf.get(customerId) ?? 'B';
    if (!bySegment.has(segment)) bySegment.set(segment, new Map());
    bySegment.get(segment)!.set(customerId, h);
  }
  const company = companyLateness(history);
  const out = new Map<string, number>();
  for (const segment of ['A', 'B', 'C', 'D']) {
    const members = bySegment.get(segment);
    const paid = [...(members?.values() ?? [])].reduce((n, h) => n + h.paid, 0);
    out.set(segment, members && paid >= MIN_PAID_FOR_COMPANY ? companyLateness(members) : company);
  }
  return out;
}

/**
 * As scheduled, an open amount comes in on its due date. As predicted, late payment is modelled the way it
 * behaves: a share of what falls due is never collected (`stuck`), the rest comes in after the due date
 * spread exponentially with the customer's own mean days late — most soon, a long tail later. An amount
 * already overdue is then less likely to be one that will still come (the longer, the less, and sooner so
 * for a customer who usually pays on time), and what is still to come of it is spread the same way from today.
 */
export function expectedReceipt(
  open: number,
  dueDay: number,
  asOfDay: number,
  usualLate: number,
  stuck: number,
): ExpectedReceipt {
  const overdue = dueDay < asOfDay;
  return {
    scheduledOn: overdue ? null : dueDay,
    scheduled: open,
    predicted: open * chanceStillComing(Math.max(0, asOfDay - dueDay), usualLate, stuck),
    expectedFrom: overdue ? asOfDay : dueDay,
    meanDelay: overdue ? overdueSpread(usualLate) : Math.max(0, usualLate),
  };
}

/** The mean days over which what is still to come of an overdue amount is spread from the forecast day. */
export const overdueSpread = (usualLate: number): number => Math.max(usualLate, 1);

/**
 * The chance that an amount `daysOverdue` days overdue is still collected (1 − stuck when not overdue).
 * Its SQL twin, for the kept open amounts, is `chanceStillComingSql` in open-amounts.ts.
 */
export function chanceStillComing(daysOverdue: number, usualLate: number, stuck: number): number {
  const stillComing = (1 - stuck) * Math.exp(-daysOverdue / overdueSpread(usualLate));
  return stillComing / (stillComing + stuck);
}

/**
 * Adds a receipt's predicted amount to the periods that begin on `starts` (back to back; the last entry is
 * the day after the last period), and what falls after them to `into[starts.length - 1]`. Called for every
 * open invoice, so it is plain arithmetic: the share before a day is 1 − e^(−days / mean), or all of it from
 * the start day on when the spread is under half a day.
 */
export function spread(r: ExpectedReceipt, starts: readonly number[], into: number[]): void {
  const last = starts.length - 1;
  let before = 0; // share expected before starts[i]
  for (let i = 0; i <= last; i++) {
    const x = starts[i]! - r.expectedFrom;
    const next = x <= 0 ? 0 : r.meanDelay < 0.5 ? 1 : 1 - Math.exp(-x / r.meanDelay);
    if (i > 0) into[i - 1]! += r.predicted * (next - before);
    before = next;
    if (before === 1) return;
  }
  into[last]! += r.predicted * (1 - before);
}
