import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n-context';
import { useCustomerDunning } from './queries';
import { LEVEL_COLORS, levelKey } from './reminder-labels';

/** The customer's dunning level on the card header; nothing until the first notice after a due date. */
export function DunningBadge({ customerId }: { customerId: number }) {
  const t = useT();
  const level = useCustomerDunning(customerId).data?.level ?? 0;
  if (level === 0) return null;
  return (
    <Badge
      size="lg"
      variant="light"
      color={LEVEL_COLORS[level]}
      tt="none"
      leftSection={<IconAlertTriangle size={14} />}
      data-testid="dunning-badge"
    >
      {t(levelKey(level))}
    </Badge>
  );
}
