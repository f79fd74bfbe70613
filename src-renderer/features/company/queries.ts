import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompanyProfileInput } from '../../../src-shared/domain/company/schemas';
import { send } from '../../api/client';

export const companyKeys = { all: ['company'] as const };

export const useCompanyProfile = () => useQuery({ queryKey: companyKeys.all, queryFn: () => send('company/get', {}) });

export function useSaveCompanyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: CompanyProfileInput) => send('company/update', profile),
    onSuccess: (profile) => queryClient.setQueryData(companyKeys.all, profile),
  });
}
