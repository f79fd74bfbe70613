import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ApprovalItem } from '../../../src-shared/domain/reminders/types';
import { QueryBody } from '../../components/query-body';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useQueuedMessage } from '../outbox/no-server-notice';
import { useApprovals, useApprove, useReject } from './queries';

function ApprovalCard({ item }: { item: ApprovalItem }) {
  const t = useT();
  const format = useFormatters();
  const approve = useApprove();
  const reject = useReject();
  const queuedMessage = useQueuedMessage();
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) });
  return (
    <Paper p="md" withBorder data-testid="approval">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Text fw={600}>{item.subject}</Text>
          <Text size="sm" c="dimmed">
            {item.customerId ? (
              <Anchor component={Link} to={`/customers/${item.customerId}`} size="sm">
                {item.customerTitle}
              </Anchor>
            ) : (
              item.customerTitle
            )}{' '}
            · {t('reminders.approvals.to')}: {item.to.join(', ')} · {format.dateTime(item.createdAt)}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            color="red"
            leftSection={<IconX size={16} />}
            loading={reject.isPending}
            onClick={() =>
              reject.mutate(item.id, {
                onSuccess: () => notifications.show({ message: t('reminders.approvals.rejected') }),
                onError,
              })
            }
            data-testid="reject"
          >
            {t('reminders.approvals.reject')}
          </Button>
          <Button
            leftSection={<IconCheck size={16} />}
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(item.id, {
                onSuccess: () => notifications.show({ color: 'teal', message: queuedMessage(t('reminders.approvals.approved')) }),
                onError,
              })
            }
            data-testid="approve"
          >
            {t('reminders.approvals.approve')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={8}>
        {item.bodyText}
      </Text>
    </Paper>
  );
}

/** Emails a step holds for a person's yes: approve sends them to the queue, reject cancels them. */
export function ApprovalsTab() {
  const t = useT();
  const approvals = useApprovals();
  return (
    <QueryBody
      query={approvals}
      errorTitle={t('reminders.loadError')}
      emptyText={t('reminders.approvals.empty')}
      isEmpty={(list) => list.length === 0}
      testId="approvals"
    >
      {(list) => (
        <Stack gap="md">
          {list.map((item) => (
            <ApprovalCard key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </QueryBody>
  );
}
