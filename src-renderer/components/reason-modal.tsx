import { Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { ConfirmModal } from './confirm-modal';

/** The backend asks for at least this many characters of reason. */
const MIN_REASON = 3;
const MAX_REASON = 500;

interface ReasonModalProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  reasonLabel: string;
  loading?: boolean;
  /** A refusal from the backend about the reason (or the record), shown under the field. */
  error?: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  children?: ReactNode;
}

/**
 * A confirm for actions that stay in the history with a reason (write-off, reversal): the reason is
 * required, and the modal starts empty every time it opens.
 */
export function ReasonModal({ opened, error, onConfirm, onCancel, reasonLabel, children, ...rest }: ReasonModalProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  // A fresh reason for every opening; adjusted during render as React recommends for state that follows a prop.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) {
      setReason('');
      setTooShort(false);
    }
  }

  const confirm = () => {
    if (reason.trim().length < MIN_REASON) {
      setTooShort(true);
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <ConfirmModal opened={opened} danger onConfirm={confirm} onCancel={onCancel} {...rest}>
      {children}
      <Textarea
        mt="md"
        label={reasonLabel}
        withAsterisk
        autosize
        minRows={2}
        maxRows={6}
        maxLength={MAX_REASON}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setTooShort(false);
        }}
        error={tooShort ? t('validation.tooShort', { min: MIN_REASON }) : error}
        data-autofocus
        data-testid="reason-input"
      />
    </ConfirmModal>
  );
}
