import type { BusinessDate } from '../../dates/business-date';
import { addBusinessDays, NO_CLOSED_DAYS, type ClosedDays } from '../../dates/business-days';

/**
 * The last day a note can be protested for non-payment and keep recourse against its endorsers: the second
 * business day after the due date. Weekends and the holiday list's closed days (Settings → Holidays) are skipped.
 */
export function protestDeadline(dueDate: BusinessDate, closed: ClosedDays = NO_CLOSED_DAYS): BusinessDate {
  return addBusinessDays(dueDate, 2, closed);
}
