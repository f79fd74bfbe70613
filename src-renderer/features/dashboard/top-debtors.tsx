import { Anchor, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AgingRow } from '../../../src-shared/domain/reports/types';
import { ErrorState } from '../../components/error-state';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';

interface TopDebtorsProps {
  rows: AgingRow[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Who owes the most in this currency, and how much of it is late: the first calls of the day. */
export function TopDebtors({ rows, loading, error, onRetry }: TopDebtorsProps) {
  const t = useT();
  const format = useFormatters();
  let body;
  if (error) body = <ErrorState title={t('dashboard.loadError')} error={error} onRetry={onRetry} />;
  else if (loading || !rows) body = <Skeleton height={260} />;
  else if (rows.length === 0)
    body = (
      <Text c="dimmed" ta="center" py="xl" size="sm">
        {t('dashboard.aging.empty')}
      </Text>
    );
  else
    body = (
      <Table verticalSpacing={6} fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="top-debtors-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.debtors.customer')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.debtors.balance')}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('dashboard.kpi.overdue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const overdue = r.buckets.slice(1).reduce((a, b) => a + b, 0);
            return (
              <Table.Tr key={`${r.customerId}-${r.currency}`}>
                <Table.Td maw={260}>
                  <Anchor component={Link} to={`/customers/${r.customerId}`} size="sm" truncate="end" display="block">
                    {r.customerTitle}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(r.balance, r.currency)}
                </Table.Td>
                <Table.Td ta="right" c={overdue > 0 ? 'red.7' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {format.money(overdue, r.currency)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );
  return (
    <Paper p="lg" component="section" aria-label={t('dashboard.debtors.title')} data-testid="top-debtors">
      <Stack gap={2} mb="md">
        <Group justify="space-between">
          <Title order={3} fz="md" fw={600}>
            {t('dashboard.debtors.title')}
          </Title>
        </Group>
        <Text size="xs" c="dimmed">
          {t('dashboard.debtors.subtitle')}
        </Text>
      </Stack>
      {body}
    </Paper>
  );
}
