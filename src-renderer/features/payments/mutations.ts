import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import type { Payment } from '../../../src-shared/domain/payments/types';
import { send } from '../../api/client';
import { paymentKeys } from './query-keys';

/**
 * Invoices, balances and lists refresh through the `ledger/changed` event (see app/event-sync.ts); the
 * payment just saved is written into the cache here so its page shows without a round trip.
 */
function useStorePayment() {
  const queryClient = useQueryClient();
  return (payment: Payment) => queryClient.setQueryData(paymentKeys.detail(payment.id), payment);
}

export function useRecordPayment() {
  const store = useStorePayment();
  return useMutation({ mutationFn: (input: MethodInput<'payments/record'>) => send('payments/record', input), onSuccess: store });
}

export function useCreateCreditNote() {
  const store = useStorePayment();
  return useMutation({
    mutationFn: (input: MethodInput<'credit-notes/create'>) => send('credit-notes/create', input),
    onSuccess: store,
  });
}

export function useReversePayment() {
  const store = useStorePayment();
  return useMutation({
    mutationFn: (input: MethodInput<'payments/reverse'>) => send('payments/reverse', input),
    onSuccess: store,
  });
}

export function useAllocatePayment() {
  const store = useStorePayment();
  return useMutation({
    mutationFn: (input: MethodInput<'payments/allocate'>) => send('payments/allocate', input),
    onSuccess: store,
  });
}
