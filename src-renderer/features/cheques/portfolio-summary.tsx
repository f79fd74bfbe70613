import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LIVE_STATUSES } from '../../../src-shared/domain/cheques/lifecycle';
import type { ChequeSummary, CurrencyTotal } from '../../../src-shared/domain/cheques/types';
import type { Currency } from '../../../src-shared/money/currency';
import { QueryBody } from '../../components/query-body';
import { StatFigure } from '../../components/stat-figure';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useChequeSummary } from './queries';

/** What is still ours, per currency (portfolio, at the bank, as collateral). */
function held(summary: ChequeSummary): CurrencyTotal[] {
  const byCurrency = new Map<Currency, CurrencyTotal>();
  for (const row of summary.byStatus.filter((r) => LIVE_STATUSES.includes(r.status))) {
    const total = byCurrency.get(row.currency) ?? { currency: row.currency, count: 0, amount: 0 };
    byCurrency.set(row.currency, { ...total, count: total.count + row.count, amount: total.amount + row.amount });
  }
  return [...byCurrency.values()];
}

function Totals({ label, totals, testId }: { label: string; totals: CurrencyTotal[]; testId: string }) {
  const t = useT();
  const format = useFormatters();
  const count = totals.reduce((sum, x) => sum + x.count, 0);
  return (
    <Paper p="md" withBorder>
      <StatFigure
        label={label}
        value={totals.length ? totals.map((x) => format.money(x.amount, x.currency)).join(' · ') : t('cheques.summary.none')}
        hint={totals.length ? t('cheques.summary.count', { count }) : undefined}
        testId={testId}
      />
    </Paper>
  );
}

function ProtestWarnings({ summary }: { summary: ChequeSummary }) {
  const t = useT();
  const format = useFormatters();
  if (summary.protestWarnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      icon={<IconClockExclamation size={20} />}
      title={t('cheques.protest.title')}
      data-testid="protest-warnings"
    >
      <Stack gap={4}>
        {summary.protestWarnings.map((note) => (
          <Text key={note.id} size="sm" c={note.passed ? 'red.8' : undefined} component={Link} to={`/cheques/${note.id}`}>
            {note.passed && <IconAlertTriangle size={14} style={{ verticalAlign: -2, marginRight: 4 }} />}
            {t(note.passed ? 'cheques.protest.passed' : 'cheques.protest.near', {
              serial: note.serialNumber,
              customer: note.customerTitle,
              date: format.date(note.protestDeadline),
            })}
          </Text>
        ))}
        <Text size="xs" c="dimmed">
          {t('cheques.protest.holidays')}
        </Text>
      </Stack>
    </Alert>
  );
}

/** The top of the portfolio: what we hold, what matures soon, and notes whose protest deadline is near. */
export function PortfolioSummary() {
  const t = useT();
  const query = useChequeSummary();
  return (
    <QueryBody
      query={query}
      errorTitle={t('cheques.loadError')}
      emptyText=""
      isEmpty={() => false}
      testId="cheque-summary"
      rows={3}
    >
      {(summary) => (
        <Stack gap="md" mb="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Totals label={t('cheques.summary.inPortfolio')} totals={held(summary)} testId="cheques-held" />
            <Totals label={t('cheques.summary.thisWeek')} totals={summary.maturingThisWeek} testId="cheques-week" />
            <Totals label={t('cheques.summary.thisMonth')} totals={summary.maturingThisMonth} testId="cheques-month" />
          </SimpleGrid>
          <ProtestWarnings summary={summary} />
        </Stack>
      )}
    </QueryBody>
  );
}
