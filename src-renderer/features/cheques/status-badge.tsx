import { Badge } from '@mantine/core';
import type { ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';
import { useT } from '../../i18n/i18n-context';
import { STATUS_COLORS, statusLabel } from './cheque-labels';

export function ChequeStatusBadge({ status, testId }: { status: ChequeStatus; testId?: string }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" data-testid={testId}>
      {statusLabel(t, status)}
    </Badge>
  );
}
