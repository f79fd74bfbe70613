import { Badge } from '@mantine/core';
import type { CustomerKind } from '../../../src-shared/domain/customers/types';
import { useT } from '../../i18n/i18n-context';

const KIND_COLOR: Record<CustomerKind, string> = { company: 'vade', person: 'grape' };

export function KindBadge({ kind, size = 'sm' }: { kind: CustomerKind; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  return (
    <Badge size={size} variant="light" color={KIND_COLOR[kind]} tt="none" fw={600} data-testid="kind-badge">
      {t(`customer.kind.${kind}`)}
    </Badge>
  );
}

export function ArchivedBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  return (
    <Badge size={size} variant="outline" color="gray" tt="none" fw={600} data-testid="archived-badge">
      {t('customers.archived')}
    </Badge>
  );
}
