import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import type { Cheque } from '../../../src-shared/domain/cheques/types';
import { send } from '../../api/client';
import { chequeKeys } from './query-keys';

/** Lists and totals refresh through `ledger/changed`; the cheque just written goes straight into the cache. */
function useStoreCheque() {
  const queryClient = useQueryClient();
  return (cheque: Cheque) => queryClient.setQueryData(chequeKeys.detail(cheque.id), cheque);
}

export function useRecordCheque() {
  const store = useStoreCheque();
  return useMutation({ mutationFn: (input: MethodInput<'cheques/record'>) => send('cheques/record', input), onSuccess: store });
}

export function useTransitionCheque() {
  const store = useStoreCheque();
  return useMutation({
    mutationFn: (input: MethodInput<'cheques/transition'>) => send('cheques/transition', input),
    onSuccess: store,
  });
}
