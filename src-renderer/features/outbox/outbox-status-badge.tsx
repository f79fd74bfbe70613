import { Badge } from '@mantine/core';
import type { OutboxStatus } from '../../../src-shared/domain/outbox/schemas';
import { useT } from '../../i18n/i18n-context';

const COLOR: Record<OutboxStatus, string> = {
  awaiting_approval: 'yellow',
  queued: 'blue',
  sending: 'cyan',
  sent: 'green',
  failed: 'red',
  cancelled: 'gray',
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = useT();
  return (
    <Badge
      size="sm"
      variant={status === 'failed' ? 'filled' : 'light'}
      color={COLOR[status]}
      tt="none"
      // A narrow table column must not cut the status to "Awaiting a…".
      styles={{ label: { overflow: 'visible' } }}
      data-testid="outbox-status"
      data-status={status}
    >
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}
