import { Badge } from '@mantine/core';
import type { PlanStatus } from '../../../src-shared/domain/plans/schemas';
import type { InstalmentState } from '../../../src-shared/domain/plans/types';
import { useT } from '../../i18n/i18n-context';

const STATUS_COLOR: Record<PlanStatus, string> = {
  active: 'blue',
  completed: 'green',
  broken: 'red',
  replanned: 'gray',
  cancelled: 'gray',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <Badge
      size="sm"
      variant={status === 'broken' ? 'filled' : 'light'}
      color={STATUS_COLOR[status]}
      tt="none"
      data-testid="plan-status"
      data-status={status}
    >
      {t(`plans.status.${status}`)}
    </Badge>
  );
}

const STATE_COLOR: Record<InstalmentState, string> = { paid: 'green', partly_paid: 'yellow', due: 'blue', late: 'red' };

export function InstalmentStateBadge({ state }: { state: InstalmentState }) {
  const t = useT();
  return (
    <Badge
      size="sm"
      variant={state === 'late' ? 'filled' : 'light'}
      color={STATE_COLOR[state]}
      tt="none"
      data-testid="instalment-state"
      data-state={state}
    >
      {t(`plans.state.${state}`)}
    </Badge>
  );
}
