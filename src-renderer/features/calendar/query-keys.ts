import type { MethodInput } from '../../../src-shared/contract/methods';

/** Every calendar query starts with 'calendar'; a ledger change (a reschedule too) refreshes them all. */
export const calendarKeys = {
  all: ['calendar'] as const,
  grid: (args: MethodInput<'calendar/items'>) => [...calendarKeys.all, 'grid', args] as const,
  list: (args: Omit<MethodInput<'calendar/items'>, 'cursor'>) => [...calendarKeys.all, 'list', args] as const,
};
