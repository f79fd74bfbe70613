import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { describeError } from '../i18n/describe-error';
import { useT } from '../i18n/i18n-context';
import { ConfirmModal } from './confirm-modal';

interface ConfirmActionProps {
  label: string;
  title: string;
  message: string;
  /** Said (green) once it is done. */
  doneMessage: string;
  /** Runs the change; the modal shows it loading and closes when it resolves. */
  run: () => Promise<unknown>;
  pending: boolean;
  buttonProps?: ButtonProps;
  testId: string;
}

/** A red action that asks first (cancel a promise, cancel a plan): says it is done, or why it failed. */
export function ConfirmAction({ label, title, message, doneMessage, run, pending, buttonProps, testId }: ConfirmActionProps) {
  const t = useT();
  const [opened, modal] = useDisclosure(false);
  const confirm = () =>
    run().then(
      () => {
        modal.close();
        notifications.show({ color: 'teal', message: doneMessage });
      },
      (error: unknown) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
    );
  return (
    <>
      <Button color="red" onClick={modal.open} data-testid={testId} {...buttonProps}>
        {label}
      </Button>
      <ConfirmModal
        opened={opened}
        danger
        title={title}
        message={message}
        confirmLabel={label}
        loading={pending}
        onConfirm={() => void confirm()}
        onCancel={modal.close}
      />
    </>
  );
}
