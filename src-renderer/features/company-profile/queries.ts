import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompanyProfileInput } from '../../../src-shared/domain/company-profile/schemas';
import { send } from '../../api/client';

export const companyKeys = { all: ['company-profile'] as const };

export const useCompanyProfile = () => useQuery({ queryKey: companyKeys.all, queryFn: () => send('company-profile/get', {}) });

export function useSaveCompanyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: CompanyProfileInput) => send('company-profile/update', profile),
    onSuccess: (profile) => queryClient.setQueryData(companyKeys.all, profile),
  });
}
