import { Button, Group, Input, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupStatus } from '../../../src-shared/domain/backups/types';
import { BACKUP_SCHEDULES } from '../../../src-shared/domain/backups/types';
import { transportKind } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { useSaveBackupSettings } from './queries';

/**
 * Folder, schedule and password; the password is never shown back, only whether one is set. The folder is picked
 * in the system's dialog (the desktop app) and saved at once: a window never types a path for full database copies.
 */
export function BackupSettingsForm({ status }: { status: BackupStatus }) {
  const t = useT();
  const save = useSaveBackupSettings();
  const desktop = transportKind() === 'ipc';
  const [schedule, setSchedule] = useState(status.schedule);
  const [password, setPassword] = useState('');
  const tooShort = password !== '' && password.length < 8;

  return (
    <Stack gap="sm" data-testid="backup-settings">
      <Input.Wrapper label={t('backups.folder')} description={desktop ? undefined : t('backups.folder.browserHint')}>
        <Text size="sm" ff="monospace" py={4} data-testid="backup-folder">
          {status.folder}
        </Text>
        {desktop && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => save.mutate({ chooseFolder: true })}
              data-testid="backup-folder-choose"
            >
              {t('backups.folder.choose')}
            </Button>
            {status.folder !== status.defaultFolder && (
              <Button size="xs" variant="subtle" onClick={() => save.mutate({ folder: null })}>
                {t('backups.folder.useDefault')}
              </Button>
            )}
          </Group>
        )}
      </Input.Wrapper>
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
          onClick={() => save.mutate({ schedule, ...(password ? { password } : {}) }, { onSuccess: () => setPassword('') })}
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
    </Stack>
  );
}
