import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import type { BankLineStatus } from '../../../src-shared/domain/bank/schemas';
import { send } from '../../api/client';

/** Every bank query starts with 'bank': an import, accept or dismiss refreshes them all. */
export const bankKeys = {
  all: ['bank'] as const,
  accounts: () => [...bankKeys.all, 'accounts'] as const,
  lines: (status: BankLineStatus, accountIban: string | null) => [...bankKeys.all, 'lines', status, accountIban] as const,
  proposal: (lineId: number, customerId: number) => [...bankKeys.all, 'proposal', lineId, customerId] as const,
  customerIbans: (customerId: number) => [...bankKeys.all, 'customer-ibans', customerId] as const,
};

export const BANK_PAGE = 200;

export const useBankAccounts = () => useQuery({ queryKey: bankKeys.accounts(), queryFn: () => send('bank/accounts', {}) });

export const useBankLines = (status: BankLineStatus, accountIban: string | null) =>
  useInfiniteQuery({
    queryKey: bankKeys.lines(status, accountIban),
    queryFn: ({ pageParam }) =>
      send('bank/lines', {
        status,
        limit: BANK_PAGE,
        ...(accountIban ? { accountIban } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const useProposal = (lineId: number, customerId: number | null) =>
  useQuery({
    queryKey: bankKeys.proposal(lineId, customerId ?? 0),
    queryFn: () => send('bank/proposal', { lineId, customerId: customerId ?? 0 }),
    enabled: customerId !== null,
  });

export const useCustomerIbans = (customerId: number) =>
  useQuery({ queryKey: bankKeys.customerIbans(customerId), queryFn: () => send('bank/customer-ibans', { customerId }) });

/** A bank write, then every bank list and count refreshed (payments refresh through `ledger/changed`). */
function useBankMutation<A, R>(run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: bankKeys.all }) });
}

export const useImportStatements = () => useBankMutation((args: MethodInput<'bank/import'>) => send('bank/import', args));
export const useAcceptLines = () => useBankMutation((args: MethodInput<'bank/accept'>) => send('bank/accept', args));
export const useDismissLines = () => useBankMutation((args: MethodInput<'bank/dismiss'>) => send('bank/dismiss', args));
export const useAddCustomerIban = () =>
  useBankMutation((args: MethodInput<'bank/add-customer-iban'>) => send('bank/add-customer-iban', args));
export const useRemoveCustomerIban = () =>
  useBankMutation((args: MethodInput<'bank/remove-customer-iban'>) => send('bank/remove-customer-iban', args));
