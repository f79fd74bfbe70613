import { Skeleton, Stack } from '@mantine/core';
import { ErrorState } from '../../components/error-state';
import { SectionCard } from '../../components/section-card';
import { useT } from '../../i18n/i18n-context';
import { CompanyProfileForm } from './company-profile-form';
import { useCompanyProfile } from './queries';

export function CompanyProfileSection() {
  const t = useT();
  const profile = useCompanyProfile();
  if (profile.isError) {
    return (
      <ErrorState
        title={t('company.loadError')}
        error={profile.error}
        onRetry={() => void profile.refetch()}
        retrying={profile.isFetching}
      />
    );
  }
  return (
    <SectionCard title={t('company.section')} testId="company-profile">
      {profile.data ? (
        <CompanyProfileForm profile={profile.data} />
      ) : (
        <Stack gap="sm" aria-busy>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={30} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
