import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerCreateInput, CustomerUpdateInput } from '../../../src-shared/domain/customers/schemas';
import type { Customer } from '../../../src-shared/domain/customers/types';
import { send } from '../../api/client';
import { customerKeys } from './query-keys';

/**
 * Lists refresh through the `customers/changed` event (see app/event-sync.ts); the card that was
 * just saved is written into the cache here so the next screen shows it without a round trip.
 */
function useStoreCustomer() {
  const queryClient = useQueryClient();
  return (customer: Customer) => queryClient.setQueryData(customerKeys.detail(customer.id), customer);
}

export function useCreateCustomer() {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (input: CustomerCreateInput) => send('customers/create', input),
    onSuccess: store,
  });
}

export function useUpdateCustomer() {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (input: CustomerUpdateInput) => send('customers/update', input),
    onSuccess: store,
  });
}

export function useArchiveCustomer() {
  const store = useStoreCustomer();
  return useMutation({
    mutationFn: (input: { id: number; archived: boolean }) => send('customers/archive', input),
    onSuccess: store,
  });
}
