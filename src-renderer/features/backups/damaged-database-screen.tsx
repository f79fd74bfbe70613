import { Alert, Button, Center, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { BackupStatus } from '../../../src-shared/domain/backups/types';
import { useT } from '../../i18n/i18n-context';
import { useRestoreLatest } from './queries';

/** Shown instead of every screen while the company file is damaged: the way out is the latest good backup. */
export function DamagedDatabaseScreen({ status }: { status: BackupStatus }) {
  const t = useT();
  const restore = useRestoreLatest();
  return (
    <Center mih="70vh" data-testid="damaged-database">
      <Paper p="xl" maw={640} withBorder>
        <Stack gap="md">
          <Title order={2} fz="xl">
            <IconAlertTriangle size={22} color="var(--mantine-color-red-6)" /> {t('backups.damaged.title')}
          </Title>
          <Text>{t('backups.damaged.body')}</Text>
          <Code block style={{ whiteSpace: 'pre-wrap' }}>
            {status.damaged?.file}
          </Code>
          {restore.isError && <Alert color="red">{t('backups.damaged.noBackup', { folder: status.folder })}</Alert>}
          <Button color="red" loading={restore.isPending} onClick={() => restore.mutate(undefined)} data-testid="restore-latest">
            {t('backups.damaged.restoreLatest')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
