import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { CompanyProfileSection } from '../company/company-profile-section';
import { HolidaysSection } from '../plans/settings/holidays-section';
import { PlanSettingsSection } from '../plans/settings/plan-settings-section';
import { ImportSettingsSection } from '../import/import-settings-section';
import { ReminderSettingsSection } from '../reminders/reminder-settings-section';
import { BackupsSection } from '../backups/backups-section';
import { AboutSection } from './about-section';
import { LanguageSetting } from './language-setting';
import { SmtpSettingsSection } from '../outbox/smtp-settings-section';

export function SettingsPage() {
  const t = useT();
  return (
    <Stack gap={0} maw={900}>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg">
        <LanguageSetting />
        <CompanyProfileSection />
        <PlanSettingsSection />
        <HolidaysSection />
        <ImportSettingsSection />
        <SmtpSettingsSection />
        <ReminderSettingsSection />
        <BackupsSection />
        <AboutSection />
      </Stack>
    </Stack>
  );
}
