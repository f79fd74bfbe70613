import { addDays, daysBetween } from '../../dates/business-date';

export interface DatedRate {
  /** The first day the rate applies. */
  validFrom: string;
  /** Annual rate in basis points (39,75 % = 3975). */
  annualRateBp: number;
}

/**
 * Temerrüt faizi on one overdue amount: simple interest, days late × annual rate / 365, never compounded.
 * The days from the day after the due date to `asOf` are split at each rate change (the legal rate changes on
 * 1 January and 1 July), so each day carries the rate in force on it. A day before the first known rate earns
 * nothing. An agreed rate replaces the table. Exact in integers, rounded half up to a whole kuruş once.
 */
export function lateInterest(
  amount: number,
  dueDate: string,
  asOf: string,
  rates: readonly DatedRate[],
  agreedRateBp: number | null = null,
): number {
  const days = daysBetween(dueDate, asOf);
  if (amount <= 0 || days <= 0) return 0;
  let dayBp = 0n; // Σ days × rate in basis points
  if (agreedRateBp !== null) {
    dayBp = BigInt(days) * BigInt(agreedRateBp);
  } else {
    const sorted = [...rates].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    const first = addDays(dueDate, 1);
    sorted.forEach((rate, i) => {
      const next = sorted[i + 1]?.validFrom;
      const from = rate.validFrom > first ? rate.validFrom : first;
      const end = next && next <= asOf ? addDays(next, -1) : asOf; // last day of this rate, inclusive
      const count = daysBetween(from, end) + 1;
      if (count > 0) dayBp += BigInt(count) * BigInt(rate.annualRateBp);
    });
  }
  const denominator = 10_000n * 365n;
  const numerator = BigInt(amount) * dayBp;
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}
