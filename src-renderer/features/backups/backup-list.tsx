import { Badge, Button, Group, PasswordInput, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupEntry } from '../../../src-shared/domain/backups/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { QueryBody } from '../../components/query-body';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useBackupList, useRestoreBackup, useVerifyBackup } from './queries';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 0)} MB`;

function CheckBadge({ entry }: { entry: BackupEntry }) {
  const t = useT();
  const { check } = entry;
  if (check.status === 'ok') {
    return (
      <Badge color="teal" variant="light" data-testid="backup-check">
        {t('backups.check.ok', { version: check.schemaVersion ?? '?' })}
      </Badge>
    );
  }
  if (check.status === 'failed') {
    return (
      <Badge
        color="red"
        variant="light"
        title={check.problem ? t(`backups.error.${check.problem}`) : undefined}
        data-testid="backup-check"
      >
        {t('backups.check.failed')}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" data-testid="backup-check">
      {t('backups.check.unchecked')}
    </Badge>
  );
}

/** The company's backups, newest first, with their check and the way back (restore, after a confirmation). */
export function BackupList() {
  const t = useT();
  const format = useFormatters();
  const list = useBackupList();
  const verify = useVerifyBackup();
  const restore = useRestoreBackup();
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const [password, setPassword] = useState('');

  return (
    <>
      <QueryBody
        query={list}
        errorTitle={t('backups.list.loadError')}
        emptyText={t('backups.list.empty')}
        isEmpty={(entries) => entries.length === 0}
        testId="backup-list"
      >
        {(entries) => (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" data-testid="backup-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.list.date')}</Table.Th>
                  <Table.Th>{t('backups.list.kind')}</Table.Th>
                  <Table.Th ta="right">{t('backups.list.size')}</Table.Th>
                  <Table.Th>{t('backups.list.check')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.name} data-testid="backup-row">
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{format.dateTime(entry.createdAt)}</Text>
                        {entry.encrypted && <IconLock size={14} aria-label={t('backups.list.encrypted')} />}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`backups.kind.${entry.kind}`)}</Table.Td>
                    <Table.Td ta="right">{megabytes(entry.size)}</Table.Td>
                    <Table.Td>
                      <CheckBadge entry={entry} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          loading={verify.isPending && verify.variables === entry.name}
                          onClick={() => verify.mutate(entry.name)}
                        >
                          {t('backups.check.run')}
                        </Button>
                        <Button size="compact-sm" variant="light" onClick={() => setChosen(entry)} data-testid="backup-restore">
                          {t('backups.restore')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBody>
      <ConfirmModal
        opened={chosen !== null}
        title={t('backups.restore.title')}
        message={chosen ? t('backups.restore.explain', { date: format.dateTime(chosen.createdAt) }) : ''}
        confirmLabel={t('backups.restore.confirm')}
        danger
        loading={restore.isPending}
        onCancel={() => setChosen(null)}
        onConfirm={() =>
          chosen &&
          restore.mutate(
            { name: chosen.name, ...(password ? { password } : {}) },
            {
              onSuccess: () => {
                setChosen(null);
                setPassword('');
              },
            },
          )
        }
      >
        {chosen?.encrypted && (
          <PasswordInput
            mt="md"
            label={t('backups.restore.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </ConfirmModal>
    </>
  );
}
