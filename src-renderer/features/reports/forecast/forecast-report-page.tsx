import { Group, Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarDollar } from '@tabler/icons-react';
import type { ForecastGranularity } from '../../../../src-shared/domain/dashboard/types';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { EmptyPanel } from '../../../components/empty-panel';
import { QueryErrorState } from '../../../components/error-state';
import { ExportMenu } from '../../../components/export/export-menu';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PageHeader } from '../../../components/page-header';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';
import { useForecast } from '../../dashboard/queries';
import { ExportTableView } from '../export-table-view';
import { CurrencySwitch, pickCurrency } from '../report-currency';
import { forecastDocument } from './forecast-table';

interface ForecastFilter {
  granularity: ForecastGranularity;
  currency: Currency | null;
}

const parseFilter = (params: URLSearchParams): ForecastFilter => ({
  granularity: oneOf(['week', 'month'] as const, params.get('by')) ?? 'week',
  currency: oneOf(CURRENCIES, params.get('currency')) ?? null,
});

const toParams = (filter: ForecastFilter) =>
  new URLSearchParams({
    ...(filter.granularity === 'month' ? { by: 'month' } : {}),
    ...(filter.currency ? { currency: filter.currency } : {}),
  });

/** The dashboard's cash forecast as a table: 13 weeks or 12 months, as scheduled and as expected, with totals. */
export function ForecastReportPage() {
  const t = useT();
  const format = useFormatters();
  const [filter, setFilter] = useUrlFilter(parseFilter, toParams);
  const forecast = useForecast(filter.granularity);
  const currencies = forecast.data?.currencies.map((c) => c.currency) ?? [];
  const currency = pickCurrency(currencies, filter.currency);
  const figures = forecast.data?.currencies.find((c) => c.currency === currency);
  const document = figures ? forecastDocument(figures, t) : null;

  const body = () => {
    if (forecast.isPending) return <ListSkeleton testId="forecast-loading" />;
    if (forecast.isError && !forecast.data) return <QueryErrorState title={t('reports.forecast.loadError')} query={forecast} />;
    if (!figures || !document)
      return (
        <EmptyPanel
          testId="forecast-empty"
          icon={<IconCalendarDollar size={32} stroke={1.5} />}
          title={t('reports.forecast.empty.title')}
          description={t('reports.forecast.empty.body')}
        />
      );
    return (
      <>
        <Group gap="xl" mb="md">
          <StatFigure
            label={t('reports.forecast.overdue')}
            value={format.money(figures.overdue, figures.currency)}
            color="red.8"
            testId="forecast-overdue"
          />
        </Group>
        <ExportTableView table={document.tables[0]!} testId="forecast-table" />
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('reports.forecast.title')}
        meta={
          <Text size="sm" c="dimmed">
            {t('reports.forecast.meta')}
          </Text>
        }
        actions={<ExportMenu title={t('reports.forecast.title')} build={() => document} disabled={!document} />}
      />
      <Group gap="md" mb="md" align="flex-start">
        <Stack gap={4}>
          <Input.Label>{t('reports.collections.granularity')}</Input.Label>
          <SegmentedControl
            value={filter.granularity}
            onChange={(value) => setFilter({ granularity: value as ForecastGranularity })}
            data={[
              { value: 'week', label: t('reports.forecast.weeks') },
              { value: 'month', label: t('reports.forecast.months') },
            ]}
            data-testid="forecast-granularity"
          />
        </Stack>
        <CurrencySwitch currencies={currencies} value={currency} onChange={(value) => setFilter({ currency: value })} />
      </Group>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }} aria-busy={forecast.isFetching}>
        {body()}
      </div>
    </>
  );
}
