import { Grid, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_AGING_BOUNDS } from '../../../src-shared/domain/reports/schemas';
import type { ForecastGranularity } from '../../../src-shared/domain/dashboard/types';
import { CURRENCIES, type Currency } from '../../../src-shared/money/currency';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { EmptyPanel } from '../../components/empty-panel';
import { ErrorState } from '../../components/error-state';
import { SetupWizard } from '../setup/setup-wizard';
import { StartActions } from '../setup/start-actions';
import { useFirstRunSetup } from '../setup/use-setup-offered';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/formatters';
import { useI18n, useT } from '../../i18n/i18n-context';
import { oneOf } from '../../lib/use-url-filter';
import { agingBucketPath } from './aging-bucket-path';
import { AgingChart } from './charts/aging-chart';
import { BacktestChart } from './charts/backtest-chart';
import { ForecastChart } from './charts/forecast-chart';
import { KpiTiles } from './kpi-tiles';
import { useAgingTotals, useBacktest, useDashboardKpis, useForecast, useSegments, useTopDebtors, useTrend } from './queries';
import { SegmentsChart } from './charts/segments-chart';
import { TopDebtors } from './top-debtors';
import { TrendChart } from './charts/trend-chart';

/** TRY when the company has it, else its first currency: most Turkish SMEs think in lira. */
const preferred = (available: readonly Currency[]): Currency | undefined => (available.includes('TRY') ? 'TRY' : available[0]);

/** How much is owed, how much is late, and what will come in: the owner's first screen in the morning. */
export function DashboardPage() {
  const t = useT();
  const { locale } = useI18n();
  const format = useFormatters();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [granularity, setGranularity] = useState<ForecastGranularity>('week');
  const kpis = useDashboardKpis();
  const aging = useAgingTotals();
  const forecast = useForecast(granularity);
  // The "next four weeks" tile always reads the weekly forecast, whichever the chart shows.
  const weekly = useForecast('week');
  const backtest = useBacktest();
  const trend = useTrend();
  const segments = useSegments();
  const setup = useFirstRunSetup();

  const available = (kpis.data?.currencies ?? []).map((c) => c.currency);
  const currency = oneOf(CURRENCIES, params.get('currency')) ?? preferred(available);
  const debtors = useTopDebtors(currency);
  const chooseCurrency = (value: string) => setParams({ currency: value }, { replace: true });
  const ceiMonth = kpis.data
    ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${kpis.data.ceiMonth.from}T00:00:00Z`),
      )
    : '';
  const asOf = kpis.data?.asOf;

  return (
    <Stack gap="lg" data-testid="dashboard">
      <PageHeader
        title={t('nav.dashboard')}
        meta={
          kpis.data && (
            <Text size="sm" c="dimmed">
              {t('dashboard.asOf', { date: format.date(kpis.data.asOf), previous: format.date(kpis.data.previousAsOf) })}
            </Text>
          )
        }
        actions={
          available.length > 1 && (
            <SegmentedControl
              value={currency ?? ''}
              onChange={chooseCurrency}
              data={available}
              data-testid="dashboard-currency"
            />
          )
        }
      />
      {setup.open && <SetupWizard onClose={setup.close} />}
      {kpis.isError ? (
        <ErrorState title={t('dashboard.loadError')} error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : !kpis.data ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" aria-busy>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={104} />
          ))}
        </SimpleGrid>
      ) : !currency ? (
        // While the first-run setup is on screen it is the way to start; skipped, these buttons are.
        !setup.open && (
          <EmptyPanel
            icon={<IconLayoutDashboard size={32} stroke={1.5} />}
            title={t('dashboard.empty.title')}
            description={t('dashboard.empty.body')}
            testId="dashboard-empty"
            actions={<StartActions />}
          />
        )
      ) : (
        <KpiTiles
          kpis={kpis.data.currencies.find((c) => c.currency === currency)!}
          ceiMonthLabel={ceiMonth}
          expectedSoon={
            weekly.data &&
            (weekly.data.currencies.find((c) => c.currency === currency)?.periods ?? [])
              .slice(0, 4)
              .reduce((sum, p) => sum + p.predicted, 0)
          }
        />
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <AgingChart
          figures={aging.data?.totals.find((f) => f.currency === currency)}
          bounds={aging.data?.bounds ?? [...DEFAULT_AGING_BOUNDS]}
          loading={aging.isPending}
          error={aging.error}
          onRetry={() => void aging.refetch()}
          onOpenBucket={(bucket) =>
            asOf &&
            currency &&
            void navigate(agingBucketPath(asOf, aging.data?.bounds ?? [...DEFAULT_AGING_BOUNDS], bucket, currency))
          }
        />
        <ForecastChart
          forecast={forecast.data?.currencies.find((c) => c.currency === currency)}
          granularity={granularity}
          onGranularity={setGranularity}
          loading={forecast.isPending}
          error={forecast.error}
          onRetry={() => void forecast.refetch()}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <TrendChart
          currency={currency}
          months={trend.data?.currencies.find((c) => c.currency === currency)?.months ?? []}
          loading={trend.isPending}
          error={trend.error}
          onRetry={() => void trend.refetch()}
        />
        <TopDebtors
          rows={currency ? debtors.data?.rows : []}
          loading={currency !== undefined && debtors.isPending}
          error={debtors.error}
          onRetry={() => void debtors.refetch()}
        />
      </SimpleGrid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SegmentsChart
            exposure={segments.data?.currencies.find((c) => c.currency === currency)}
            loading={segments.isPending}
            error={segments.error}
            onRetry={() => void segments.refetch()}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <BacktestChart
            backtest={
              backtest.data?.status === 'ready' ? backtest.data.currencies.find((c) => c.currency === currency) : undefined
            }
            loading={backtest.isPending}
            preparing={backtest.data?.status === 'computing'}
            error={backtest.error}
            onRetry={() => void backtest.refetch()}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
