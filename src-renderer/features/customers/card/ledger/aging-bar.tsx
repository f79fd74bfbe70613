import { Box, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { Currency } from '../../../../../src-shared/money/currency';
import { useFormatters } from '../../../../i18n/formatters';
import { useT } from '../../../../i18n/i18n-context';
import { agingColor, agingLabels } from './aging-labels';
import classes from './ledger.module.css';

interface AgingBarProps {
  buckets: number[];
  bounds: number[];
  currency: Currency;
}

/** Open amounts by how long they are overdue: one bar in proportion, and the figures under it. */
export function AgingBar({ buckets, bounds, currency }: AgingBarProps) {
  const t = useT();
  const format = useFormatters();
  const labels = agingLabels(bounds, t);
  const sum = buckets.reduce((a, b) => a + b, 0);
  return (
    <Stack gap={6} data-testid="aging">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {t('account.aging.title')}
      </Text>
      <Progress.Root size={12} radius="sm" aria-label={t('account.aging.title')}>
        {sum > 0 &&
          buckets.map((amount, i) =>
            amount > 0 ? (
              <Tooltip key={labels[i]} label={`${labels[i]}: ${format.money(amount, currency)}`}>
                <Progress.Section value={(amount / sum) * 100} color={agingColor(i, buckets.length)} />
              </Tooltip>
            ) : null,
          )}
      </Progress.Root>
      <div className={classes.agingLegend}>
        {buckets.map((amount, i) => (
          <div key={labels[i]} data-testid="aging-bucket" data-bucket={i}>
            <Group gap={6} wrap="nowrap">
              <Box className={classes.swatch} bg={agingColor(i, buckets.length)} />
              <Text size="xs" c="dimmed" truncate>
                {labels[i]}
              </Text>
            </Group>
            <Text
              size="sm"
              fw={amount > 0 ? 600 : 400}
              c={amount > 0 ? undefined : 'dimmed'}
              className={classes.figure}
              data-testid="aging-amount"
            >
              {format.money(amount, currency)}
            </Text>
          </div>
        ))}
      </div>
    </Stack>
  );
}
