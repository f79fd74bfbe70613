import { Box, Group, NavLink, Stack, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { BackupsSection } from '../backups/backups-section';
import { CompanyProfileSection } from '../company-profile/company-profile-section';
import { ImportSettingsSection } from '../import/import-settings-section';
import { SmtpSettingsSection } from '../outbox/smtp-settings-section';
import { HolidaysSection } from '../plans/settings/holidays-section';
import { PlanSettingsSection } from '../plans/settings/plan-settings-section';
import { ReminderSettingsSection } from '../reminders/reminder-settings-section';
import { SetupReopenSection } from '../setup/setup-reopen-section';
import { WorkstationSection } from '../workstation/workstation-section';
import { AboutSection } from './about-section';
import { LanguageSetting } from './language-setting';

interface SettingsGroup {
  id: string;
  label: MessageKey;
  sections: ReactNode;
}

/** Settings grouped by what people come to change; every group stays on the page (search with Ctrl+F works). */
const GROUPS: SettingsGroup[] = [
  {
    id: 'general',
    label: 'settings.group.general',
    sections: (
      <>
        <LanguageSetting />
        <WorkstationSection />
        <SetupReopenSection />
      </>
    ),
  },
  { id: 'company', label: 'settings.group.company', sections: <CompanyProfileSection /> },
  {
    id: 'collections',
    label: 'settings.group.collections',
    sections: (
      <>
        <ReminderSettingsSection />
        <PlanSettingsSection />
        <HolidaysSection />
      </>
    ),
  },
  { id: 'email', label: 'settings.group.email', sections: <SmtpSettingsSection /> },
  {
    id: 'data',
    label: 'settings.group.data',
    sections: (
      <>
        <BackupsSection />
        <ImportSettingsSection />
        <AboutSection />
      </>
    ),
  },
];

const anchorOf = (id: string) => `settings-${id}`;

export function SettingsPage() {
  const t = useT();
  // Hash routing owns the address's #, so the side list scrolls instead of linking to anchors.
  const jumpTo = (id: string) => document.getElementById(anchorOf(id))?.scrollIntoView({ behavior: 'smooth' });
  // Other screens link to a group with ?section= (the company details, the e-mail server).
  const section = useSearchParams()[0].get('section');
  useEffect(() => {
    if (section) document.getElementById(anchorOf(section))?.scrollIntoView();
  }, [section]);
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap">
      <Stack gap={0} maw={900} style={{ flex: 1, minWidth: 0 }}>
        <PageHeader title={t('settings.title')} />
        <Stack gap={40}>
          {GROUPS.map((group) => (
            <Stack key={group.id} gap="lg" id={anchorOf(group.id)} style={{ scrollMarginTop: 16 }}>
              <Title order={2} fz="h4" c="dimmed" fw={600}>
                {t(group.label)}
              </Title>
              {group.sections}
            </Stack>
          ))}
        </Stack>
      </Stack>
      <Box visibleFrom="xl" w={200} pt={72} style={{ position: 'sticky', top: 0, flexShrink: 0 }}>
        <nav aria-label={t('settings.groups')}>
          {GROUPS.map((group) => (
            <NavLink
              key={group.id}
              label={t(group.label)}
              onClick={() => jumpTo(group.id)}
              data-testid={`settings-nav-${group.id}`}
            />
          ))}
        </nav>
      </Box>
    </Group>
  );
}
