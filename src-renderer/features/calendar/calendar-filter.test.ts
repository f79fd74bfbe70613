import { describe, expect, it } from 'vitest';
import { calendarFilterParams, itemsFilter, parseCalendarFilter } from './calendar-filter';

describe('the calendar filter in the address', () => {
  it('round-trips view, day and filters, and ignores what it does not know', () => {
    const filter = parseCalendarFilter(
      new URLSearchParams('view=week&day=2026-12-07&customer=12&kinds=promise,bogus,cheque&segment=D'),
    );
    expect(filter).toEqual({ view: 'week', day: '2026-12-07', customerId: 12, kinds: ['promise', 'cheque'], segment: 'D' });
    expect(parseCalendarFilter(calendarFilterParams(filter))).toEqual(filter);
    expect(itemsFilter(filter)).toEqual({ customerId: 12, kinds: ['promise', 'cheque'], segment: 'D' });
  });
  it('defaults to this month with nothing filtered', () => {
    const filter = parseCalendarFilter(new URLSearchParams('view=year&day=2026-13-01&customer=-4&segment=E'));
    expect(filter).toEqual({ view: 'month', day: null, customerId: null, kinds: [], segment: null });
    expect(calendarFilterParams(filter).toString()).toBe('');
    expect(itemsFilter(filter)).toEqual({});
  });
});
