/** All report queries start with 'reports': any ledger or customer change makes them stale. */
export const reportKeys = {
  all: ['reports'] as const,
  aging: (asOf: string, bounds: readonly number[]) => [...reportKeys.all, 'aging', asOf, bounds] as const,
  collections: (from: string, to: string, granularity: string) =>
    [...reportKeys.all, 'collections', from, to, granularity] as const,
  behaviour: () => [...reportKeys.all, 'behaviour'] as const,
};
