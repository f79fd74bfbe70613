import { mutation, query } from '../../contract/method';
import { calendarItemsInput, calendarRescheduleInput } from './schemas';
import type { CalendarItems, RescheduleResult } from './types';

export const calendarContract = {
  'calendar/items': query<CalendarItems>()(
    calendarItemsInput,
    'What is expected each day of a range (due invoices, instalments, cheque/note maturities, promises) with per-day totals per currency',
    { fresh: ['riskSegments'] },
  ),
  'calendar/reschedule': mutation<RescheduleResult>()(
    calendarRescheduleInput,
    'Move a plan instalment (between its neighbours) or a pending promise (not to a past day) to another day',
  ),
};
