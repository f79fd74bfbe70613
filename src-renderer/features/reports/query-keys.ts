/** All report queries start with 'reports': any ledger or customer change makes them stale. */
export const reportKeys = {
  all: ['reports'] as const,
  aging: (asOf: string, bounds: readonly number[]) => [...reportKeys.all, 'aging', asOf, bounds] as const,
};
