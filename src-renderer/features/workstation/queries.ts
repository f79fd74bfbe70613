import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';

export const workstationKeys = { all: ['workstation'] as const };

/** The person using this PC (kept per PC, not per company: a company switch or restore does not change it). */
export const useWorkstation = () =>
  useQuery({ queryKey: workstationKeys.all, queryFn: () => send('workstation/get', {}), staleTime: Infinity });

export function useUpdateWorkstation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personName: string) => send('workstation/update', { personName }),
    onSuccess: (workstation) => queryClient.setQueryData(workstationKeys.all, workstation),
  });
}
