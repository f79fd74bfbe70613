import { Badge } from '@mantine/core';
import type { Dispute } from '../../../../src-shared/domain/collections/types';
import { useT } from '../../../i18n/i18n-context';

const COLOR: Record<Dispute['status'], string> = { open: 'orange', accepted: 'green', rejected: 'gray' };

export function DisputeStatusBadge({ status }: { status: Dispute['status'] }) {
  const t = useT();
  return (
    <Badge size="sm" variant="light" color={COLOR[status]} tt="none" data-testid="dispute-status" data-status={status}>
      {t(`disputes.status.${status}`)}
    </Badge>
  );
}
