import { Badge, Popover, Tooltip, UnstyledButton } from '@mantine/core';
import { IconShieldHalf } from '@tabler/icons-react';
import { useT } from '../../../i18n/i18n-context';
import { useCustomerRisk } from '../queries';
import { RiskExplanation, SEGMENT_COLOR } from './risk-explanation';

/** The customer's risk segment A–D; a click explains it from the measured figures. */
export function RiskBadge({ customerId }: { customerId: number }) {
  const t = useT();
  const query = useCustomerRisk(customerId);
  const risk = query.data;
  if (!risk) {
    // Still computing, or it failed: the card stays useful without it.
    return (
      <Tooltip label={query.isError ? t('risk.loadError') : t('common.loading')}>
        <Badge size="lg" variant="outline" color="gray" tt="none" data-testid="risk-badge" data-segment="">
          {t('risk.badge', { segment: '…' })}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Popover width={380} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton aria-label={t('risk.explainLabel')} data-testid="risk-badge" data-segment={risk.segment}>
          <Badge
            size="lg"
            variant={risk.segment === 'D' ? 'filled' : 'light'}
            color={SEGMENT_COLOR[risk.segment]}
            tt="none"
            leftSection={<IconShieldHalf size={14} />}
            style={{ cursor: 'pointer' }}
          >
            {t('risk.badge', { segment: risk.segment })}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <RiskExplanation risk={risk} />
      </Popover.Dropdown>
    </Popover>
  );
}
