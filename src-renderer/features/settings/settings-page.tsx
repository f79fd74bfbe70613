import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { CompanyProfileSection } from '../company/company-profile-section';
import { BackupsSection } from '../backups/backups-section';
import { AboutSection } from './about-section';
import { LanguageSetting } from './language-setting';

export function SettingsPage() {
  const t = useT();
  return (
    <Stack gap={0} maw={900}>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg">
        <LanguageSetting />
        <CompanyProfileSection />
        <BackupsSection />
        <AboutSection />
      </Stack>
    </Stack>
  );
}
