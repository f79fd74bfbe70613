import type { MethodInput } from '../../../src-shared/contract/methods';
import { collectionKeys } from '../collections/query-keys';
import { settingsKeys } from '../settings/queries';

/**
 * A customer's plans sit under that customer's collections key, so the `ledger/changed` a payment emits refreshes
 * the plan tab; holidays and the grace setting under the settings key, refreshed by `settings/changed`.
 */
export const planKeys = {
  ofCustomer: (customerId: number) => [...collectionKeys.customer(customerId), 'plans'] as const,
  detail: (customerId: number, id: number) => [...planKeys.ofCustomer(customerId), 'detail', id] as const,
  coverable: (customerId: number, currency: string) => [...planKeys.ofCustomer(customerId), 'coverable', currency] as const,
  proposal: (input: MethodInput<'plans/propose'>) => ['plans', 'proposal', input] as const,
  settings: () => [...settingsKeys.all, 'plans'] as const,
  holidays: (year: number) => [...settingsKeys.all, 'holidays', year] as const,
};
