import type { DomainHandlers } from '../../core/registry';
import { calendarItems } from './calendar-items';
import { calendarReschedule } from './calendar-reschedule';

export const calendarHandlers: DomainHandlers<'calendar'> = {
  'calendar/items': calendarItems,
  'calendar/reschedule': calendarReschedule,
};
