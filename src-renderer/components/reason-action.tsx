import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { AppError } from '../../src-shared/contract/errors';
import { issueMessage } from '../forms/issues-to-errors';
import { describeError } from '../i18n/describe-error';
import { useT } from '../i18n/i18n-context';
import { ReasonModal } from './reason-modal';

interface ReasonActionProps {
  label: string;
  icon: ReactNode;
  testId: string;
  title: string;
  message: string;
  reasonLabel: string;
  /** Runs the change; resolves when it is saved. */
  submit: (reason: string) => Promise<unknown>;
  pending: boolean;
  successMessage: string;
  children?: ReactNode;
  /** Smaller in a table row than in a page header. */
  size?: ButtonProps['size'];
}

/**
 * A button for a change that stays in the history with a reason (write-off, reversal): it asks for the
 * reason, shows a refusal of the reason under its field and any other failure as a notification.
 */
export function ReasonAction({
  label,
  icon,
  testId,
  submit,
  pending,
  successMessage,
  children,
  size,
  ...modalText
}: ReasonActionProps) {
  const t = useT();
  const [opened, modal] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);

  const run = (reason: string) => {
    setError(null);
    submit(reason).then(
      () => {
        modal.close();
        notifications.show({ color: 'teal', message: successMessage });
      },
      (failure: unknown) => {
        const reasonIssue = failure instanceof AppError ? failure.issues?.find((issue) => issue.path[0] === 'reason') : undefined;
        if (reasonIssue) setError(issueMessage(reasonIssue, t));
        else notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(failure, t) });
      },
    );
  };

  return (
    <>
      <Button
        variant="default"
        color="red"
        size={size}
        leftSection={icon}
        onClick={() => {
          setError(null);
          modal.open();
        }}
        data-testid={testId}
      >
        {label}
      </Button>
      <ReasonModal
        {...modalText}
        opened={opened}
        confirmLabel={label}
        loading={pending}
        error={error}
        onConfirm={run}
        onCancel={modal.close}
      >
        {children}
      </ReasonModal>
    </>
  );
}
