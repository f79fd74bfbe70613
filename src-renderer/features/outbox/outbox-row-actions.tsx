import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { OutboxMessageSummary } from '../../../src-shared/domain/outbox/types';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { useOutboxAction } from './queries';

type Action = 'retry' | 'cancel' | 'approve' | 'reject';

/** What can be done to a message in its state (the backend refuses anything else). */
const ACTIONS: Record<OutboxMessageSummary['status'], Action[]> = {
  awaiting_approval: ['approve', 'reject'],
  queued: ['cancel'],
  failed: ['retry', 'cancel'],
  sending: [],
  sent: [],
  cancelled: [],
};

function ActionButton({ id, action }: { id: number; action: Action }) {
  const t = useT();
  const mutation = useOutboxAction(action);
  const run = () =>
    mutation.mutate(
      { id },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t(`outbox.done.${action}`) }),
        onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
      },
    );
  const primary = action === 'retry' || action === 'approve';
  return (
    <Button
      size="compact-sm"
      variant={primary ? 'light' : 'subtle'}
      color={action === 'reject' || action === 'cancel' ? 'red' : undefined}
      loading={mutation.isPending}
      onClick={run}
      data-testid={`outbox-${action}`}
    >
      {t(`outbox.${action}`)}
    </Button>
  );
}

export function OutboxRowActions({ message }: { message: OutboxMessageSummary }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {ACTIONS[message.status].map((action) => (
        <ActionButton key={action} id={message.id} action={action} />
      ))}
    </Group>
  );
}
