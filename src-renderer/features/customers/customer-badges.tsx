import { Badge } from '@mantine/core';
import type { CustomerKind } from '../../../src-shared/domain/customers/types';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import { useT } from '../../i18n/i18n-context';

const KIND_COLOR: Record<CustomerKind, string> = { company: 'vade', person: 'grape' };

export function KindBadge({ kind, size = 'sm' }: { kind: CustomerKind; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  return (
    <Badge size={size} variant="light" color={KIND_COLOR[kind]} tt="none" fw={600} data-testid="kind-badge">
      {t(`customers.kind.${kind}`)}
    </Badge>
  );
}

/** A (pays on time) is calm; D (long overdue, broken promises) stands out. */
const RISK_COLOR: Record<RiskSegment, string> = { A: 'teal', B: 'blue', C: 'orange', D: 'red' };

export function RiskBadge({ segment }: { segment: RiskSegment }) {
  const t = useT();
  return (
    <Badge
      size="sm"
      variant={segment === 'D' ? 'filled' : 'light'}
      color={RISK_COLOR[segment]}
      w={28}
      px={0}
      title={t(`customers.risk.${segment}`)}
      data-testid="risk-badge"
      data-segment={segment}
    >
      {segment}
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
