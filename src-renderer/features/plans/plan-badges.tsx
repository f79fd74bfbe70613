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
const STATE_COLOR: Record<InstalmentState, string> = { paid: 'green', partly_paid: 'yellow', due: 'blue', late: 'red' };

/** A plan's or an instalment's state; the alarming one (broken, late) filled, the rest light. */
function StateBadge({
  label,
  color,
  alarm,
  testId,
  value,
}: {
  label: string;
  color: string;
  alarm: boolean;
  testId: string;
  value: string;
}) {
  return (
    <Badge size="sm" variant={alarm ? 'filled' : 'light'} color={color} tt="none" data-testid={testId} data-value={value}>
      {label}
    </Badge>
  );
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <StateBadge
      label={t(`plans.status.${status}`)}
      color={STATUS_COLOR[status]}
      alarm={status === 'broken'}
      testId="plan-status"
      value={status}
    />
  );
}

export function InstalmentStateBadge({ state }: { state: InstalmentState }) {
  const t = useT();
  return (
    <StateBadge
      label={t(`plans.state.${state}`)}
      color={STATE_COLOR[state]}
      alarm={state === 'late'}
      testId="instalment-state"
      value={state}
    />
  );
}
