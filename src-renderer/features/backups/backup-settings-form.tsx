import { Button, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { BackupStatus } from '../../../src-shared/domain/backups/types';
import { BACKUP_SCHEDULES } from '../../../src-shared/domain/backups/types';
import { useT } from '../../i18n/i18n-context';
import { useSaveBackupSettings } from './queries';

/** Folder, schedule and password; the password is never shown back, only whether one is set. */
export function BackupSettingsForm({ status }: { status: BackupStatus }) {
  const t = useT();
  const save = useSaveBackupSettings();
  const [folder, setFolder] = useState(status.folder === status.defaultFolder ? '' : status.folder);
  const [schedule, setSchedule] = useState(status.schedule);
  const [password, setPassword] = useState('');
  const tooShort = password !== '' && password.length < 8;

  return (
    <Stack gap="sm" data-testid="backup-settings">
      <TextInput
        label={t('backups.folder')}
        description={t('backups.folder.help', { folder: status.defaultFolder })}
        value={folder}
        onChange={(e) => setFolder(e.currentTarget.value)}
        data-testid="backup-folder"
      />
      <Select
        label={t('backups.schedule')}
        data={BACKUP_SCHEDULES.map((value) => ({ value, label: t(`backups.schedule.${value}`) }))}
        value={schedule}
        onChange={(value) => value && setSchedule(value as typeof schedule)}
        allowDeselect={false}
        data-testid="backup-schedule"
      />
      <PasswordInput
        label={t('backups.password')}
        description={`${t('backups.password.help')} ${status.encrypted ? t('backups.password.set') : t('backups.password.none')}`}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={tooShort ? t('backups.validation.passwordShort') : undefined}
        autoComplete="new-password"
        data-testid="backup-password"
      />
      <Group gap="sm">
        <Button
          loading={save.isPending}
          disabled={tooShort}
          onClick={() =>
            save.mutate(
              { folder: folder.trim() === '' ? null : folder.trim(), schedule, ...(password ? { password } : {}) },
              { onSuccess: () => setPassword('') },
            )
          }
          data-testid="backup-settings-save"
        >
          {t('backups.saveSettings')}
        </Button>
        {status.encrypted && (
          <Button variant="subtle" color="red" onClick={() => save.mutate({ password: null })}>
            {t('backups.password.remove')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {status.folder}
      </Text>
    </Stack>
  );
}
