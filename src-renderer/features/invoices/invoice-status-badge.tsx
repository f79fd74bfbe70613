import { Badge } from '@mantine/core';
import type { InvoiceStatus } from '../../../src-shared/domain/invoices/types';
import { useT } from '../../i18n/i18n-context';

export const STATUS_COLOR: Record<InvoiceStatus, string> = {
  open: 'blue',
  partially_paid: 'cyan',
  paid: 'green',
  overdue: 'red',
  disputed: 'orange',
  written_off: 'gray',
};

interface InvoiceStatusBadgeProps {
  status: InvoiceStatus;
  daysOverdue: number;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/** An invoice's derived status; an overdue one says by how many days. */
export function InvoiceStatusBadge({ status, daysOverdue, size = 'sm' }: InvoiceStatusBadgeProps) {
  const t = useT();
  const label =
    status === 'overdue' && daysOverdue > 0 ? t('invoices.daysOverdue', { days: daysOverdue }) : t(`invoices.status.${status}`);
  return (
    <Badge
      size={size}
      variant={status === 'overdue' ? 'filled' : 'light'}
      color={STATUS_COLOR[status]}
      tt="none"
      fw={600}
      data-testid="invoice-status"
      data-status={status}
    >
      {label}
    </Badge>
  );
}
