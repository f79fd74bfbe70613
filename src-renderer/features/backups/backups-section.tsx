import { Alert, Button, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconDatabaseExport } from '@tabler/icons-react';
import { ErrorState } from '../../components/error-state';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { CompanyExportButton } from '../exports/company-export-button';
import { BackupList } from './backup-list';
import { BackupSettingsForm } from './backup-settings-form';
import { useBackupNow, useBackupStatus, useUndoRestore } from './queries';

/** Settings → Yedekler: where and how often, the list with checks, back up now, restore and undo. */
export function BackupsSection() {
  const t = useT();
  const format = useFormatters();
  const status = useBackupStatus();
  const backupNow = useBackupNow();
  const undo = useUndoRestore();

  if (status.isError) {
    return (
      <ErrorState
        title={t('backups.list.loadError')}
        error={status.error}
        onRetry={() => void status.refetch()}
        retrying={status.isFetching}
      />
    );
  }
  return (
    <SectionCard
      title={t('backups.title')}
      testId="backups-section"
      actions={
        <Group gap="xs">
          <CompanyExportButton />
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={backupNow.isPending}
            onClick={() => backupNow.mutate(undefined)}
            data-testid="backup-now"
          >
            {t('backups.backupNow')}
          </Button>
        </Group>
      }
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('backups.intro')}
        </Text>
        {status.data?.lastRestore && (
          <Alert color="yellow" data-testid="undo-restore-alert">
            <Group justify="space-between" gap="sm">
              <Text size="sm">
                {t('backups.undo.explain', {
                  name: status.data.lastRestore.backupName,
                  date: format.dateTime(status.data.lastRestore.at),
                })}
              </Text>
              <Button
                size="compact-sm"
                variant="white"
                leftSection={<IconArrowBackUp size={14} />}
                loading={undo.isPending}
                onClick={() => undo.mutate(undefined)}
                data-testid="undo-restore"
              >
                {t('backups.undo')}
              </Button>
            </Group>
          </Alert>
        )}
        {status.data ? (
          <BackupSettingsForm key={`${status.data.folder}|${status.data.schedule}`} status={status.data} />
        ) : (
          <Skeleton height={160} />
        )}
        <Divider label={t('backups.list.title')} labelPosition="left" />
        <BackupList />
      </Stack>
    </SectionCard>
  );
}
