import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Red for actions that take something away (leave with unsaved changes). */
  danger?: boolean;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** More to read or fill in between the message and the buttons (a reason, what will happen). */
  children?: ReactNode;
}

export function ConfirmModal({
  opened,
  title,
  message,
  confirmLabel,
  danger,
  loading,
  onConfirm,
  onCancel,
  children,
}: ConfirmModalProps) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered data-testid="confirm-modal">
      <Text size="sm">{message}</Text>
      {children}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          color={danger ? 'red' : undefined}
          onClick={onConfirm}
          loading={loading}
          data-autofocus={children ? undefined : true}
          data-testid="confirm-button"
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
