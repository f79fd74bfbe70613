import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useT } from '../i18n/i18n-context';
import { FormAlerts } from './form-alerts';

interface ModalFormProps {
  title: string;
  onClose: () => void;
  /** From useFormSave: the form element, its submit, and what a refused save said. */
  root: RefObject<HTMLFormElement | null>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  general: string[];
  hasFieldErrors: boolean;
  saving: boolean;
  saveLabel: string;
  /** The save button's icon when it does more than save (opens, sends): the floppy disk otherwise. */
  saveIcon?: ReactNode;
  testId: string;
  children: ReactNode;
}

/**
 * A small form in a dialog (log a call, record a promise, open a dispute): the same validation, refusal
 * alerts and Ctrl+S as a page form, with cancel and save at its foot. Render it only while open, so it
 * starts fresh each time.
 */
export function ModalForm({
  title,
  onClose,
  root,
  onSubmit,
  general,
  hasFieldErrors,
  saving,
  saveLabel,
  saveIcon,
  testId,
  children,
}: ModalFormProps) {
  const t = useT();
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form ref={root} onSubmit={onSubmit} noValidate data-testid={testId}>
        <FormAlerts general={general} hasFieldErrors={hasFieldErrors} />
        <Stack gap="sm">{children}</Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} leftSection={saveIcon ?? <IconDeviceFloppy size={16} />} data-testid={`${testId}-save`}>
            {saveLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
