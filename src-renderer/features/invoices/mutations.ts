import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import type { Invoice } from '../../../src-shared/domain/invoices/types';
import { send } from '../../api/client';
import { invoiceKeys } from './query-keys';

/**
 * Lists, balances and the rest refresh through the `ledger/changed` event (see app/event-sync.ts); the
 * invoice just saved is written into the cache here so the next screen shows it without a round trip.
 */
function useStoreInvoice() {
  const queryClient = useQueryClient();
  return (invoice: Invoice) => queryClient.setQueryData(invoiceKeys.detail(invoice.id), invoice);
}

export function useCreateInvoice() {
  const store = useStoreInvoice();
  return useMutation({ mutationFn: (input: MethodInput<'invoices/create'>) => send('invoices/create', input), onSuccess: store });
}

export function useUpdateInvoice() {
  const store = useStoreInvoice();
  return useMutation({ mutationFn: (input: MethodInput<'invoices/update'>) => send('invoices/update', input), onSuccess: store });
}

export function useWriteOffInvoice() {
  const store = useStoreInvoice();
  return useMutation({
    mutationFn: (input: MethodInput<'invoices/write-off'>) => send('invoices/write-off', input),
    onSuccess: store,
  });
}
