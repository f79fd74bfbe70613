import { Badge } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n-context';
import { useDisputes } from '../queries';

/** "2 open disputes" in the card's header, leading to them; nothing when there are none. */
export function OpenDisputesBadge({ customerId, to }: { customerId: number; to: string }) {
  const t = useT();
  const open = (useDisputes(customerId).data ?? []).filter((dispute) => dispute.status === 'open').length;
  if (open === 0) return null;
  return (
    <Badge
      component={Link}
      to={to}
      size="lg"
      variant="light"
      color="orange"
      tt="none"
      leftSection={<IconMessageReport size={14} />}
      style={{ cursor: 'pointer' }}
      data-testid="open-disputes-badge"
    >
      {t('card.openDisputes', { count: open })}
    </Badge>
  );
}
