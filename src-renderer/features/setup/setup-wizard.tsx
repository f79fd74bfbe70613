import { Button, Card, Group, Paper, SimpleGrid, Skeleton, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconDatabaseImport, IconMail, IconUserPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { CompanyProfileForm } from '../company-profile/company-profile-form';
import { useCompanyProfile } from '../company-profile/queries';
import { SmtpSettingsSection } from '../outbox/smtp-settings-section';
import { useSetupDismissed } from '../settings/queries';
import { DemoCompanyButton } from './demo-company-button';

const LAST_STEP = 2;

/** One way to bring data in: what it is, and its button. */
function DataChoice({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={4}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The first-run setup: company details (saved through `company-profile/update`, as in Settings), the e-mail server, then
 * where the data comes from (import, by hand, or the demo company). Every step can be skipped; skipping or
 * finishing is remembered for the company, and Settings opens it again.
 */
export function SetupWizard({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [active, setActive] = useState(0);
  const company = useCompanyProfile();
  const dismiss = useSetupDismissed();
  const named = Boolean(company.data?.title);
  const close = () => dismiss.mutate(true, { onSuccess: onClose });
  // Choosing where the data comes from ends the setup: it is not offered again on the dashboard.
  const leave = () => dismiss.mutate(true);

  return (
    <Paper p="xl" withBorder shadow="xs" data-testid="setup-wizard">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2}>{t('setup.title')}</Title>
            <Text c="dimmed">{t('setup.intro')}</Text>
          </Stack>
          <Button variant="subtle" color="gray" onClick={close} loading={dismiss.isPending} data-testid="setup-skip">
            {t('setup.skip')}
          </Button>
        </Group>
        <Stepper active={active} onStepClick={setActive} allowNextStepsSelect size="sm">
          <Stepper.Step
            label={t('setup.step.company')}
            description={t('setup.step.companyHint')}
            icon={<IconBuildingStore size={18} />}
            data-testid="setup-step-company"
          >
            <Stack gap="md" pt="md">
              <Text size="sm">{t('setup.companyIntro')}</Text>
              {company.data ? (
                <CompanyProfileForm profile={company.data} essentials onSaved={() => setActive(1)} />
              ) : (
                <Skeleton height={240} />
              )}
            </Stack>
          </Stepper.Step>
          <Stepper.Step
            label={t('setup.step.email')}
            description={t('setup.step.emailHint')}
            icon={<IconMail size={18} />}
            data-testid="setup-step-email"
          >
            <Stack gap="md" pt="md">
              <Text size="sm">{t('setup.emailIntro')}</Text>
              <SmtpSettingsSection />
            </Stack>
          </Stepper.Step>
          <Stepper.Step
            label={t('setup.step.data')}
            description={t('setup.step.dataHint')}
            icon={<IconDatabaseImport size={18} />}
            data-testid="setup-step-data"
          >
            <Stack gap="md" pt="md">
              <Text size="sm">{t('setup.dataIntro')}</Text>
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
                <DataChoice title={t('setup.import')} hint={t('setup.importHint')}>
                  <Button component={Link} to="/import" onClick={leave} leftSection={<IconDatabaseImport size={16} />}>
                    {t('empty.import')}
                  </Button>
                </DataChoice>
                <DataChoice title={t('setup.addCustomer')} hint={t('setup.addCustomerHint')}>
                  <Button
                    component={Link}
                    to="/customers/new"
                    variant="default"
                    onClick={leave}
                    leftSection={<IconUserPlus size={16} />}
                  >
                    {t('customers.new')}
                  </Button>
                </DataChoice>
                <DataChoice title={t('setup.demo')} hint={t('setup.demoHint')}>
                  <DemoCompanyButton onBeforeCreate={leave} />
                </DataChoice>
              </SimpleGrid>
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button variant="default" onClick={() => setActive((step) => step - 1)} disabled={active === 0}>
            {t('setup.back')}
          </Button>
          {active < LAST_STEP ? (
            <Button variant="default" onClick={() => setActive((step) => step + 1)} data-testid="setup-next">
              {active === 0 && !named ? t('setup.skipStep') : t('setup.next')}
            </Button>
          ) : (
            <Button onClick={close} loading={dismiss.isPending} data-testid="setup-finish">
              {t('setup.finish')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
