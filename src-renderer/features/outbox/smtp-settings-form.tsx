import { Alert, Button, Group, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconLock, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { SMTP_SECURITY, smtpSettingsInput, type SmtpSecurity } from '../../../src-shared/domain/outbox/schemas';
import type { SmtpSettingsView } from '../../../src-shared/domain/outbox/types';
import { FormAlerts } from '../../forms/form-alerts';
import { joinedPathIn } from '../../forms/issues-to-errors';
import { schemaErrors } from '../../forms/schema-errors';
import { useFormSave } from '../../forms/use-form-save';
import { useValidatedForm } from '../../forms/use-validated-form';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { useSaveSmtpSettings, useTestSend } from './queries';

interface SmtpFormValues {
  host: string;
  port: number | string;
  security: SmtpSecurity;
  user: string;
  /** Empty: keep the stored password. */
  password: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
}

const formValues = (s: SmtpSettingsView): SmtpFormValues => ({
  host: s.host,
  port: s.port,
  security: s.security,
  user: s.user,
  password: '',
  fromName: s.fromName,
  fromAddress: s.fromAddress,
  replyTo: s.replyTo,
});

const toInput = ({ password, port, ...rest }: SmtpFormValues): MethodInput<'outbox/update-settings'> => ({
  ...rest,
  port: typeof port === 'number' ? port : Number.NaN,
  // A user name without a password clears it; otherwise an empty field keeps the stored one.
  ...(password !== '' ? { password } : rest.user === '' ? { password: '' } : {}),
});

const DEFAULT_PORT: Record<SmtpSecurity, number> = { none: 25, starttls: 587, tls: 465 };
const pathOf = joinedPathIn(/^(host|port|security|user|password|fromName|fromAddress|replyTo)$/);

function TestSend({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const [to, setTo] = useState('');
  const testSend = useTestSend();
  const run = () =>
    testSend.mutate(
      { to },
      {
        onSuccess: (m) =>
          m.status === 'sent'
            ? notifications.show({ color: 'teal', message: t('outbox.settings.testSent', { response: m.serverResponse ?? '' }) })
            : notifications.show({
                color: 'red',
                autoClose: false,
                message: t('outbox.settings.testFailed', { error: m.serverResponse || m.lastError || '' }),
              }),
        onError: (error) =>
          notifications.show({ color: 'red', message: t('outbox.settings.testFailed', { error: describeError(error, t) }) }),
      },
    );
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('outbox.settings.testTo')}
        type="email"
        value={to}
        onChange={(e) => setTo(e.currentTarget.value)}
        style={{ flex: '1 1 260px' }}
        data-testid="smtp-test-to"
      />
      <Button
        variant="light"
        leftSection={<IconMailForward size={16} />}
        onClick={run}
        loading={testSend.isPending}
        disabled={disabled || to.trim() === ''}
        title={disabled ? t('outbox.settings.saveFirst') : undefined}
        data-testid="smtp-test-send"
      >
        {t('outbox.settings.testSend')}
      </Button>
    </Group>
  );
}

/** SMTP server, sender and the test-send button; the password is write-only. */
export function SmtpSettingsForm({ settings }: { settings: SmtpSettingsView }) {
  const { t, language } = useI18n();
  const save = useSaveSmtpSettings();
  const { form, noteSubmitted } = useValidatedForm(formValues(settings), (values) =>
    schemaErrors(smtpSettingsInput, toInput(values), language, t, pathOf),
  );
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => save.mutateAsync(toInput(values)),
    pathOf,
    onSaved: (saved) => {
      form.setInitialValues(formValues(saved));
      form.setValues(formValues(saved));
      notifications.show({ color: 'teal', title: t('common.saved'), message: t('outbox.settings.title') });
    },
  });
  const onSecurity = (value: string | null) => {
    const security = (value ?? 'starttls') as SmtpSecurity;
    form.setFieldValue('security', security);
    if (form.values.port === DEFAULT_PORT[form.values.security]) form.setFieldValue('port', DEFAULT_PORT[security]);
  };
  return (
    <Stack gap="md">
      <form ref={root} onSubmit={submit} noValidate data-testid="smtp-form">
        <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('outbox.settings.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('outbox.settings.host')} withAsterisk maxLength={253} {...form.getInputProps('host')} />
            <NumberInput
              label={t('outbox.settings.port')}
              withAsterisk
              min={1}
              max={65535}
              allowDecimal={false}
              {...form.getInputProps('port')}
            />
            <Select
              label={t('outbox.settings.security')}
              data={SMTP_SECURITY.map((s) => ({ value: s, label: t(`outbox.settings.security.${s}`) }))}
              allowDeselect={false}
              {...form.getInputProps('security')}
              onChange={onSecurity}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('outbox.settings.user')} autoComplete="off" maxLength={254} {...form.getInputProps('user')} />
            <PasswordInput
              label={t('outbox.settings.password')}
              autoComplete="new-password"
              description={settings.passwordSet ? t('outbox.settings.passwordKept') : undefined}
              placeholder={settings.passwordSet ? '••••••••' : undefined}
              maxLength={512}
              {...form.getInputProps('password')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('outbox.settings.fromName')} maxLength={120} {...form.getInputProps('fromName')} />
            <TextInput
              label={t('outbox.settings.fromAddress')}
              withAsterisk
              type="email"
              maxLength={254}
              {...form.getInputProps('fromAddress')}
            />
            <TextInput label={t('outbox.settings.replyTo')} type="email" maxLength={254} {...form.getInputProps('replyTo')} />
          </SimpleGrid>
          <Alert
            variant="light"
            color={settings.secretStorage === 'os-keychain' ? 'teal' : 'orange'}
            icon={<IconLock size={18} />}
            data-testid="smtp-storage-note"
          >
            <Text size="sm">{t(`outbox.settings.storage.${settings.secretStorage}`)}</Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={16} />} data-testid="save-smtp">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <TestSend disabled={!settings.configured || form.isDirty()} />
    </Stack>
  );
}
