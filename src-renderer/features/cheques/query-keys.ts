import type { MethodInput } from '../../../src-shared/contract/methods';

/** All cheque queries start with 'cheques': every ledger change refreshes them (a payment may be a cheque's). */
export const chequeKeys = {
  all: ['cheques'] as const,
  list: (filter: MethodInput<'cheques/list'>) => [...chequeKeys.all, 'list', filter] as const,
  summary: () => [...chequeKeys.all, 'summary'] as const,
  detail: (id: number) => [...chequeKeys.all, 'detail', id] as const,
};
