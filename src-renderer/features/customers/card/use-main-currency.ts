import type { Currency } from '../../../../src-shared/money/currency';
import { useCustomerAccount } from '../queries';

/** The currency the customer owes most in (TRY when it owes nothing): where a new promise starts. */
export function useMainCurrency(customerId: number): Currency {
  const currencies = useCustomerAccount(customerId).data?.currencies ?? [];
  const main = currencies.reduce<(typeof currencies)[number] | undefined>(
    (best, row) => (best === undefined || row.balance > best.balance ? row : best),
    undefined,
  );
  return main?.currency ?? 'TRY';
}
