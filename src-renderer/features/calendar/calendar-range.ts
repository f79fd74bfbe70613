import { addDays, daysBetween } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart } from '../../../src-shared/dates/months';

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** 0 = Monday … 6 = Sunday: weeks start on Monday (Turkey, and the ISO week). */
export const weekdayIndex = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

export const startOfWeek = (day: string): string => addDays(day, -weekdayIndex(day));

/**
 * The days a view shows for the chosen day: the month's whole weeks (Monday before the 1st to the Sunday
 * after the last), the week of the day, or for the agenda the month itself.
 */
export function viewRange(view: CalendarView, day: string): { from: string; to: string } {
  if (view === 'week') return { from: startOfWeek(day), to: addDays(startOfWeek(day), 6) };
  if (view === 'agenda') return { from: monthStart(day), to: monthEnd(day) };
  return { from: startOfWeek(monthStart(day)), to: addDays(startOfWeek(monthEnd(day)), 6) };
}

/** The chosen day one step back or forward: a month, or a week in the week view. */
export const stepDay = (view: CalendarView, day: string, step: -1 | 1): string =>
  view === 'week' ? addDays(day, 7 * step) : addMonths(monthStart(day), step);

/** Every day from `from` to `to`, both included. */
export const daysOf = (from: string, to: string): string[] =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
