/** The worklist under one key: `today/changed` and `ledger/changed` refresh it. */
export const todayKeys = {
  all: ['today'] as const,
  list: () => [...todayKeys.all, 'list'] as const,
};
