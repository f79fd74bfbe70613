import { isBusinessDate } from '../../../src-shared/dates/business-date';
import { CALENDAR_KINDS, type CalendarKind } from '../../../src-shared/domain/calendar/schemas';
import { RISK_SEGMENTS } from '../../../src-shared/domain/statements/schemas';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import { oneOf } from '../../lib/use-url-filter';
import { CALENDAR_VIEWS, type CalendarView } from './calendar-range';

/** What the calendar shows, kept in the address: the view, the chosen day and the filters. */
export interface CalendarFilter {
  view: CalendarView;
  /** The chosen day; null follows today. */
  day: string | null;
  customerId: number | null;
  /** Empty: every kind. */
  kinds: CalendarKind[];
  segment: RiskSegment | null;
}

export const parseCalendarFilter = (params: URLSearchParams): CalendarFilter => {
  const day = params.get('day');
  const customer = Number(params.get('customer'));
  return {
    view: oneOf(CALENDAR_VIEWS, params.get('view')) ?? 'month',
    day: day && isBusinessDate(day) ? day : null,
    customerId: Number.isInteger(customer) && customer > 0 ? customer : null,
    kinds: (params.get('kinds') ?? '').split(',').flatMap((k) => oneOf(CALENDAR_KINDS, k) ?? []),
    segment: oneOf(RISK_SEGMENTS, params.get('segment')) ?? null,
  };
};

export const calendarFilterParams = (filter: CalendarFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.view !== 'month') params.set('view', filter.view);
  if (filter.day) params.set('day', filter.day);
  if (filter.customerId) params.set('customer', String(filter.customerId));
  if (filter.kinds.length > 0) params.set('kinds', filter.kinds.join(','));
  if (filter.segment) params.set('segment', filter.segment);
  return params;
};

/** The backend's filter arguments for this filter. */
export const itemsFilter = (filter: CalendarFilter) => ({
  ...(filter.customerId ? { customerId: filter.customerId } : {}),
  ...(filter.kinds.length > 0 ? { kinds: filter.kinds } : {}),
  ...(filter.segment ? { segment: filter.segment } : {}),
});
