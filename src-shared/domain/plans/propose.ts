import { addDays, daysBetween, type BusinessDate } from '../../dates/business-date';
import { nextBusinessDay, NO_CLOSED_DAYS, type ClosedDays } from '../../dates/business-days';
import { splitByLargestRemainder } from '../../money/arithmetic';
import type { PlanFrequency, PlanProposeInput } from './schemas';
import type { PlanProposal, ProposedRow } from './types';

const lastDayOfMonth = (year: number, month0: number): number => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** `day` of the month `offset` months after `date`'s, or that month's last day when it is shorter (31 → 30, 28). */
export function monthlyOn(date: BusinessDate, offset: number, day: number): BusinessDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const month0 = m - 1 + offset;
  const year = y + Math.floor(month0 / 12);
  const month = ((month0 % 12) + 12) % 12;
  const d = Math.min(day, lastDayOfMonth(year, month));
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar days of `count` instalments. Without a down payment the first falls on the start date (monthly: on
 * the chosen day of the start's month, or of the next month when that day has passed); with one, the down payment
 * takes the start date and the instalments begin one period later.
 */
export function instalmentDates(
  frequency: PlanFrequency,
  startDate: BusinessDate,
  count: number,
  hasDownPayment: boolean,
): BusinessDate[] {
  const first = hasDownPayment ? 1 : 0;
  const indexes = Array.from({ length: count }, (_, i) => i + first);
  switch (frequency.kind) {
    case 'weekly':
      return indexes.map((i) => addDays(startDate, i * 7 * frequency.every));
    case 'monthly': {
      const shift = monthlyOn(startDate, 0, frequency.day) < startDate ? 1 : 0;
      return indexes.map((i) => monthlyOn(startDate, i + shift, frequency.day));
    }
    case 'custom':
      return frequency.dates.slice(0, count);
  }
}

/**
 * Moves each day that is a weekend or closed day to the next business day, and never onto or before the row
 * before it (two weekly dates around a long bayram could otherwise meet).
 */
function moveToBusinessDays(
  dates: readonly BusinessDate[],
  closed: ClosedDays,
): { date: BusinessDate; movedFrom: BusinessDate | null }[] {
  let previous: BusinessDate | null = null;
  return dates.map((date) => {
    const earliest = previous !== null && date <= previous ? addDays(previous, 1) : date;
    const moved = nextBusinessDay(earliest, closed);
    previous = moved;
    return { date: moved, movedFrom: moved === date ? null : date };
  });
}

/**
 * Simple yearly interest on the financed part: each equal share of it bears interest from the start date to its
 * own due day (Σ share × rate × days / 365), rounded once to the kuruş.
 */
export function simpleInterest(
  shares: readonly number[],
  dates: readonly BusinessDate[],
  startDate: BusinessDate,
  rateBp: number,
): number {
  if (rateBp === 0) return 0;
  let weighted = 0n;
  shares.forEach((share, i) => {
    weighted += BigInt(share) * BigInt(Math.max(0, daysBetween(startDate, dates[i]!)));
  });
  const numerator = weighted * BigInt(rateBp);
  const divisor = 10_000n * 365n;
  return Number((numerator * 2n + divisor) / (divisor * 2n));
}

/**
 * A proposed schedule: the down payment (if any) on the start date, then `count` instalments that split the
 * financed part plus interest by largest remainder — no two differ by more than one kuruş and they add up to
 * the total exactly.
 */
export function proposeSchedule(input: PlanProposeInput, closed: ClosedDays = NO_CLOSED_DAYS): PlanProposal {
  const hasDown = input.downPayment > 0;
  const calendarDays = [
    ...(hasDown ? [input.startDate] : []),
    ...instalmentDates(input.frequency, input.startDate, input.count, hasDown),
  ];
  const days = input.moveToBusinessDay
    ? moveToBusinessDays(calendarDays, closed)
    : calendarDays.map((date) => ({ date, movedFrom: null }));
  const instalmentDays = days.slice(hasDown ? 1 : 0);
  const financed = input.principal - input.downPayment;
  const equal = Array.from({ length: input.count }, () => 1);
  const shares = splitByLargestRemainder(financed, equal);
  const interestAmount = simpleInterest(
    shares,
    instalmentDays.map((d) => d.date),
    input.startDate,
    input.interestRateBp,
  );
  const amounts = splitByLargestRemainder(financed + interestAmount, equal);
  const rows: ProposedRow[] = [
    ...(hasDown
      ? [{ kind: 'down_payment' as const, dueDate: days[0]!.date, amount: input.downPayment, movedFrom: days[0]!.movedFrom }]
      : []),
    ...instalmentDays.map((d, i) => ({
      kind: 'instalment' as const,
      dueDate: d.date,
      amount: amounts[i]!,
      movedFrom: d.movedFrom,
    })),
  ];
  return {
    principal: input.principal,
    downPayment: input.downPayment,
    interestAmount,
    total: input.principal + interestAmount,
    rows,
  };
}
