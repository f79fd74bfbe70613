import { Alert, Button, Group, NumberInput, PasswordInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  IconCertificate,
  IconCircleCheck,
  IconFileSearch,
  IconLock,
  IconPlugConnected,
  IconPlugConnectedX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { SSL_MODES } from '../../../src-shared/domain/companies/server-schemas';
import { parseServerUrl } from '../../../src-shared/domain/companies/server-url';
import type { ServerCheck, ServerSettings } from '../../../src-shared/domain/companies/types';
import { transportKind } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { useChooseCaFile } from './queries';
import { usesCaFile, type ServerFormValues } from './server-form-values';

interface ServerFieldsProps {
  form: UseFormReturnType<ServerFormValues>;
  /** The saved connection being changed: its password shows as "saved". */
  saved: ServerSettings | null;
  /** How a typed password is kept on this PC (keychain, or the key file in browser mode). */
  secretStorage: ServerSettings['secretStorage'] | undefined;
  onTest: () => void;
  testing: boolean;
  check: ServerCheck | null;
}

/** Where a server company lives: a pasted postgres:// address fills the fields; the test says what it found. */
export function ServerFields({ form, saved, secretStorage, onTest, testing, check }: ServerFieldsProps) {
  const t = useT();
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const paste = (text: string) => {
    setUrl(text);
    if (text.trim() === '') return setUrlError(null);
    const parsed = parseServerUrl(text);
    if (!parsed) return setUrlError(t('servers.form.urlInvalid'));
    setUrlError(null);
    const { password, ...fields } = parsed;
    form.setValues({ ...fields, ...(password ? { password } : {}) });
    // The address is not kept: its password now sits in the password field only.
    setUrl('');
  };
  return (
    <>
      <TextInput
        label={t('servers.form.url')}
        description={t('servers.form.urlHelp')}
        placeholder="postgres://vade@sunucu:5432/vade?sslmode=require"
        value={url}
        error={urlError}
        onChange={(e) => paste(e.currentTarget.value)}
        autoComplete="off"
        data-testid="server-url"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('servers.form.host')}
          withAsterisk
          style={{ gridColumn: 'span 2' }}
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('host')}
          data-testid="server-host"
        />
        <NumberInput
          label={t('servers.form.port')}
          withAsterisk
          min={1}
          max={65535}
          allowDecimal={false}
          thousandSeparator=""
          {...form.getInputProps('port')}
          data-testid="server-port"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('servers.form.database')}
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('database')}
          data-testid="server-database"
        />
        <TextInput
          label={t('servers.form.user')}
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('user')}
          data-testid="server-user"
        />
        <PasswordInput
          label={t('servers.form.password')}
          autoComplete="new-password"
          placeholder={saved?.passwordSaved ? t('servers.form.passwordSaved') : undefined}
          description={saved?.passwordSaved ? t('servers.form.passwordKept') : undefined}
          {...form.getInputProps('password')}
          data-testid="server-password"
        />
        <Select
          label={t('servers.form.sslmode')}
          allowDeselect={false}
          data={SSL_MODES.map((mode) => ({ value: mode, label: t(`servers.form.sslmode.${mode}`) }))}
          {...form.getInputProps('sslmode')}
          data-testid="server-sslmode"
        />
      </SimpleGrid>
      {usesCaFile(form.values.sslmode) && <CaFileField form={form} />}
      {secretStorage && (
        <Text size="xs" c="dimmed">
          <IconLock size={12} style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {t(`servers.form.storage.${secretStorage}`)}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlugConnected size={16} />}
          loading={testing}
          onClick={onTest}
          data-testid="server-test"
        >
          {t('servers.form.test')}
        </Button>
      </Group>
      {check && <CheckResult check={check} />}
    </>
  );
}

/**
 * The office CA's certificate file: picked in the system's file dialog in the desktop app (a path is not something
 * to type), typed in browser mode, where a page cannot name a file on the computer (as the backups folder).
 */
function CaFileField({ form }: { form: UseFormReturnType<ServerFormValues> }) {
  const t = useT();
  const choose = useChooseCaFile();
  const desktop = transportKind() === 'ipc';
  const pick = () =>
    choose.mutate(undefined, {
      onSuccess: ({ path }) => {
        if (path === null) return;
        form.setFieldValue('sslrootcert', path);
        form.clearFieldError('sslrootcert');
      },
    });
  return (
    <TextInput
      label={t('servers.form.caFile')}
      description={`${t('servers.form.caFileHelp')}${desktop ? '' : ` ${t('servers.form.caFileChooseBrowser')}`}`}
      placeholder="/etc/ssl/ofis-ca.crt"
      leftSection={<IconCertificate size={16} />}
      rightSectionWidth={desktop ? 104 : undefined}
      rightSection={
        desktop ? (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconFileSearch size={14} />}
            loading={choose.isPending}
            onClick={pick}
            data-testid="server-sslrootcert-choose"
          >
            {t('servers.form.caFileChoose')}
          </Button>
        ) : undefined
      }
      autoComplete="off"
      {...form.getInputProps('sslrootcert')}
      data-testid="server-sslrootcert"
    />
  );
}

function CheckResult({ check }: { check: ServerCheck }) {
  const t = useT();
  if (!check.ok)
    return (
      <Alert color="red" icon={<IconPlugConnectedX size={18} />} data-testid="server-check">
        {t(`servers.problem.${check.problem}`, check.params)}
      </Alert>
    );
  const version = check.serverVersion;
  const message =
    check.holds === 'empty'
      ? t('servers.form.okEmpty', { version })
      : check.companyName
        ? t('servers.form.okCompany', { version, name: check.companyName })
        : t('servers.form.okUnnamed', { version });
  return (
    <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="server-check">
      {message} {t(check.encrypted ? 'servers.form.encrypted' : 'servers.form.plain')}
    </Alert>
  );
}
