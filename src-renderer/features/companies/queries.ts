import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { send } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';

export const companiesKeys = {
  all: ['companies'] as const,
  /** Under `all`: a switch or a saved connection refreshes it with the list. */
  server: (id: string) => ['companies', 'server', id] as const,
};

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

/** A server company's saved connection (never its password), for the connection form. */
export const useServerSettings = (id: string | null) =>
  useQuery({
    queryKey: companiesKeys.server(id ?? ''),
    queryFn: () => send('companies/server-settings', { id: id! }),
    enabled: id !== null,
  });

/** Opens (and remembers) a company on a server; a refused connection is shown under its field by the form. */
export function useOpenServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'companies/open-server'>) => send('companies/open-server', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: companiesKeys.all }),
  });
}

/** The system's file dialog for a server's CA certificate (desktop app); `path` null when cancelled. */
export const useChooseCaFile = () => {
  const t = useT();
  return useMutation({
    mutationFn: () => send('companies/choose-ca-file', {}),
    onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
  });
};

/** Tries a connection; nothing is saved. */
export const useTestServer = () =>
  useMutation({ mutationFn: (input: MethodInput<'companies/test-server'>) => send('companies/test-server', input) });

/** Copies the open company to a server or a new file; the form shows what went wrong. */
export function useCopyCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'companies/copy'>) => send('companies/copy', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: companiesKeys.all }),
  });
}
