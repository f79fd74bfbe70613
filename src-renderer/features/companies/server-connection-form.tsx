import { Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { ModalForm } from '../../forms/modal-form';
import { useDialogForm } from '../../forms/use-dialog-form';
import { useI18n } from '../../i18n/i18n-context';
import { useOpenServer, useServerSettings } from './queries';
import { useConnectionTest } from './use-connection-test';
import { ServerFields } from './server-fields';
import { serverFormValues, serverPathOf, toServerInput, validateServerForm } from './server-form-values';

interface ServerConnectionFormProps {
  /** A server company saved on this PC whose connection is changed; null opens a new one. */
  editId: string | null;
  /** The open company: asked for where this PC keeps passwords. */
  currentId: string;
  onClose: () => void;
}

/** Company menu → "Open a company on a server": test the connection, then open it (remembered on this PC). */
export function ServerConnectionForm({ editId, currentId, onClose }: ServerConnectionFormProps) {
  const settings = useServerSettings(editId ?? currentId);
  if (settings.isPending) return null;
  return (
    <ServerConnectionDialog
      editId={editId}
      saved={editId ? (settings.data?.server ?? null) : null}
      secretStorage={settings.data?.secretStorage}
      onClose={onClose}
    />
  );
}

function ServerConnectionDialog({
  editId,
  saved,
  secretStorage,
  onClose,
}: {
  editId: string | null;
  saved: NonNullable<ReturnType<typeof useServerSettings>['data']>['server'];
  secretStorage: NonNullable<ReturnType<typeof useServerSettings>['data']>['secretStorage'] | undefined;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const open = useOpenServer();
  const { form, frame } = useDialogForm({
    initialValues: serverFormValues(saved),
    validate: (values) => validateServerForm(values, editId, language, t),
    save: (values) => open.mutateAsync(toServerInput(values, editId)),
    pathOf: serverPathOf,
    savedMessage: (company) => t('servers.opened', { name: company.name ?? company.id }),
    onClose,
  });
  const connection = useConnectionTest(form, editId);
  return (
    <ModalForm
      title={t(editId ? 'servers.form.editTitle' : 'servers.form.title')}
      {...frame}
      saveLabel={t(editId ? 'servers.form.save' : 'servers.form.open')}
      // Opening switches to the company on the server: not a save.
      {...(editId ? {} : { saveIcon: <IconFolderOpen size={16} /> })}
      testId="server-form"
    >
      <Text size="sm" c="dimmed">
        {t('servers.form.explain')}
      </Text>
      <ServerFields form={form} saved={saved} secretStorage={secretStorage} {...connection} />
      {!editId && (
        <TextInput
          label={t('servers.form.name')}
          placeholder={t('servers.form.namePlaceholder')}
          {...form.getInputProps('name')}
          data-testid="server-name"
        />
      )}
    </ModalForm>
  );
}
