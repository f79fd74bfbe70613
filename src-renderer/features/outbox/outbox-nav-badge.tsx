import { Badge, Tooltip } from '@mantine/core';
import { useT } from '../../i18n/i18n-context';
import { useOutboxCounts } from './queries';

/** Beside "Outbox" in the navigation: e-mails that need the user (failed, or waiting for approval). */
export function OutboxNavBadge() {
  const t = useT();
  const counts = useOutboxCounts().data;
  if (!counts) return null;
  const attention = counts.failed + counts.awaitingApproval;
  if (attention === 0) return null;
  const label = t('outbox.navBadge', { failed: counts.failed, approval: counts.awaitingApproval });
  return (
    <Tooltip label={label} withArrow>
      <Badge
        size="sm"
        circle={attention < 10}
        color={counts.failed > 0 ? 'red' : 'yellow'}
        aria-label={label}
        data-testid="outbox-nav-badge"
      >
        {attention}
      </Badge>
    </Tooltip>
  );
}
