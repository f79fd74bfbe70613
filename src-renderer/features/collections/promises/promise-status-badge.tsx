import { Badge } from '@mantine/core';
import type { PromiseStatus } from '../../../../src-shared/domain/collections/types';
import { useT } from '../../../i18n/i18n-context';

const COLOR: Record<PromiseStatus, string> = { pending: 'blue', kept: 'green', broken: 'red', cancelled: 'gray' };

/** Pending, kept, broken or cancelled, as the backend derives it from the payments. */
export function PromiseStatusBadge({ status }: { status: PromiseStatus }) {
  const t = useT();
  return (
    <Badge
      size="sm"
      variant={status === 'broken' ? 'filled' : 'light'}
      color={COLOR[status]}
      tt="none"
      data-testid="promise-status"
      data-status={status}
    >
      {t(`promises.status.${status}`)}
    </Badge>
  );
}
