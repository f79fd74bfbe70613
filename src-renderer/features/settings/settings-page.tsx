import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { AboutSection } from './about-section';
import { LanguageSetting } from './language-setting';

export function SettingsPage() {
  const t = useT();
  return (
    <Stack gap={0} maw={760}>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg">
        <LanguageSetting />
        <AboutSection />
      </Stack>
    </Stack>
  );
}
