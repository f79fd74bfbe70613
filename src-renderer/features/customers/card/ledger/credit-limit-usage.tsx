import { Group, Progress, Stack, Text } from '@mantine/core';
import type { CreditLimitUse } from '../../../../../src-shared/domain/reports/types';
import { useFormatters } from '../../../../i18n/formatters';
import { useT } from '../../../../i18n/i18n-context';

/** Share of the credit limit the balance uses; warm above 80 %, red once exceeded. */
const WARN_SHARE = 0.8;

export function CreditLimitUsage({ use }: { use: CreditLimitUse }) {
  const t = useT();
  const format = useFormatters();
  const { amount: limit, currency } = use.limit;
  const share = limit > 0 ? use.used / limit : use.used > 0 ? Infinity : 0;
  const color = use.exceeded ? 'red' : share >= WARN_SHARE ? 'orange' : 'teal';
  const money = (minor: number) => format.money(minor, currency);
  return (
    <Stack gap={6} data-testid="credit-limit-usage" data-exceeded={use.exceeded || undefined}>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
          {t('account.creditLimit')}
        </Text>
        <Text size="sm" fw={600} c={use.exceeded ? 'red.7' : undefined} data-testid="credit-limit-text">
          {t('account.limitUse', { used: money(use.used), limit: money(limit) })}
        </Text>
      </Group>
      <Progress value={Math.min(100, share * 100)} color={color} size="md" radius="sm" aria-label={t('account.creditLimit')} />
      <Text size="xs" c={use.exceeded ? 'red.7' : 'dimmed'}>
        {use.exceeded
          ? t('account.limitExceeded', { amount: money(use.used - limit) })
          : t('account.limitAvailable', { amount: money(use.available) })}
      </Text>
    </Stack>
  );
}
