import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';

export const companiesKeys = { all: ['companies'] as const };

export const useCompanies = () => useQuery({ queryKey: companiesKeys.all, queryFn: () => send('companies/list', {}) });

/** A company action; the backend's `store/replaced` refreshes every screen, this refreshes the list at once. */
function useCompanyAction<A, R>(run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  const t = useT();
  return useMutation({
    mutationFn: run,
    onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: companiesKeys.all }),
  });
}

export const useOpenCompany = () => useCompanyAction((id: string) => send('companies/open', { id }));
export const useCreateCompany = () => useCompanyAction((name: string) => send('companies/create', { name }));
export const useRenameCompany = () => useCompanyAction((args: { id: string; name: string }) => send('companies/rename', args));
export const useImportCompanyFile = () => useCompanyAction((name: string) => send('companies/import-file', { name }));
/** A demo company of its own (never mixed into the user's data), opened at once. */
export const useCreateDemoCompany = () => useCompanyAction(() => send('companies/create-demo', {}));
