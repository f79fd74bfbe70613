import { Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import type { CurrencyTotals } from '../../../../src-shared/domain/invoices/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';

function Figure({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
      <Text
        size="sm"
        fw={strong ? 700 : 500}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        data-testid={testId}
      >
        {value}
      </Text>
    </div>
  );
}

interface InvoiceTotalsBarProps {
  totals: CurrencyTotals[] | undefined;
  /** The totals shown are still those of the previous filter: dim them until the new ones arrive. */
  updating: boolean;
}

/** Count, total and open amount of the whole filtered set, one box per currency: currencies are never added up. */
export function InvoiceTotalsBar({ totals, updating }: InvoiceTotalsBarProps) {
  const t = useT();
  const format = useFormatters();
  if (!totals) return <Skeleton height={50} mb="sm" radius="md" />;
  if (totals.length === 0) return null;
  return (
    <Group
      gap="xs"
      mb="sm"
      data-testid="invoice-totals"
      aria-busy={updating}
      style={{ opacity: updating ? 0.55 : 1, transition: 'opacity 150ms' }}
    >
      {totals.map((row) => (
        <Paper key={row.currency} px="sm" py={6} data-testid="currency-totals" data-currency={row.currency}>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0}>
              <Text fw={700} size="sm" c="vade.8" lh={1.2}>
                {row.currency}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="totals-count">
                {t('invoices.count', { count: format.number(row.count) })}
              </Text>
            </Stack>
            <Figure label={t('invoices.totals.total')} value={format.money(row.total, row.currency)} testId="totals-total" />
            <Figure label={t('invoices.totals.open')} value={format.money(row.open, row.currency)} strong testId="totals-open" />
          </Group>
        </Paper>
      ))}
    </Group>
  );
}
