import type { DomainHandlers } from '../../core/registry';
import type { RawHandle } from '../../store/dialect/statements';
import { calendarItems } from './calendar-items';
import { calendarReschedule } from './calendar-reschedule';

/** `raw`: the SQLite connection under Kysely (none on a server), for the month grid's kept per-day statement. */
export const calendarHandlers = (raw: RawHandle | null): DomainHandlers<'calendar'> => ({
  'calendar/items': calendarItems(raw),
  'calendar/reschedule': calendarReschedule,
});
