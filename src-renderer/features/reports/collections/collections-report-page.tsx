import { Group, SimpleGrid, Text } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { collectionsReportInput } from '../../../../src-shared/domain/reports/schemas';
import type { CollectionsReport } from '../../../../src-shared/domain/reports/types';
import type { MessageKey } from '../../../../src-shared/i18n/translate';
import { EmptyPanel } from '../../../components/empty-panel';
import { QueryErrorState } from '../../../components/error-state';
import { ExportMenu } from '../../../components/export/export-menu';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PageHeader } from '../../../components/page-header';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { ExportTableView } from '../export-table-view';
import { useCollectionsReport } from '../queries';
import { CurrencySwitch, pickCurrency } from '../report-currency';
import { collectionsDocument } from './collections-tables';
import { CollectionsToolbar } from './collections-toolbar';
import { useCollectionsFilter, type CollectionsFilter } from './use-collections-filter';

/** The range's mistake in the user's words (the backend's own rules), or null when it can be asked for. */
function rangeErrorOf(filter: CollectionsFilter): MessageKey | null {
  // An end left empty is today, as the backend takes it (a start long ago is then too long a range).
  const parsed = collectionsReportInput.safeParse({
    ...(filter.from ? { from: filter.from } : {}),
    to: filter.to || todayLocal(),
  });
  return parsed.success ? null : (parsed.error.issues[0]?.message as MessageKey);
}

function useCollectionsDocument(report: CollectionsReport | undefined, chosen: CollectionsFilter['currency']) {
  const { t, locale } = useI18n();
  const currency = pickCurrency(report?.currencies.map((c) => c.currency) ?? [], chosen);
  const figures = report?.currencies.find((c) => c.currency === currency);
  return { currency, figures, document: figures && report ? collectionsDocument(figures, report.granularity, t, locale) : null };
}

/** Payments received per month or week and per method over a range, one currency at a time. */
export function CollectionsReportPage() {
  const { t } = useI18n();
  const format = useFormatters();
  const [filter, setFilter] = useCollectionsFilter();
  const rangeError = rangeErrorOf(filter);
  const report = useCollectionsReport(filter.from, filter.to, filter.granularity, rangeError === null);
  const { currency, figures, document } = useCollectionsDocument(report.data, filter.currency);

  const body = () => {
    if (rangeError) return null;
    if (report.isPending) return <ListSkeleton testId="collections-loading" />;
    if (report.isError && !report.data) return <QueryErrorState title={t('reports.collections.loadError')} query={report} />;
    if (!figures || !document || figures.total.count === 0)
      return (
        <EmptyPanel
          testId="collections-empty"
          icon={<IconCash size={32} stroke={1.5} />}
          title={t('reports.collections.empty.title')}
          description={t('reports.collections.empty.body')}
        />
      );
    return (
      <>
        <Group gap="xl" mb="md" align="flex-end">
          <StatFigure
            label={t('reports.collections.total')}
            value={format.money(figures.total.amount, figures.currency)}
            testId="collections-total"
          />
          <StatFigure label={t('reports.collections.count')} value={format.number(figures.total.count)} />
          {figures.reversed.count > 0 && (
            <Text size="sm" c="dimmed" mb={4} data-testid="collections-reversed">
              {t('reports.collections.reversed', {
                count: format.number(figures.reversed.count),
                amount: format.money(figures.reversed.amount, figures.currency),
              })}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
          <ExportTableView table={document.tables[0]!} testId="collections-periods" />
          <ExportTableView table={document.tables[1]!} testId="collections-methods" />
        </SimpleGrid>
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('reports.collections.title')}
        meta={
          report.data && (
            <Text size="sm" c="dimmed" data-testid="collections-meta">
              {t('reports.collections.meta', { from: format.date(report.data.from), to: format.date(report.data.to) })}
            </Text>
          )
        }
        actions={
          <ExportMenu
            title={t('reports.collections.title')}
            subtitle={
              report.data
                ? t('reports.collections.meta', { from: format.date(report.data.from), to: format.date(report.data.to) })
                : ''
            }
            build={() => document}
            disabled={!document}
          />
        }
      />
      <Group gap="md" align="flex-start">
        <CollectionsToolbar filter={filter} onChange={setFilter} shown={report.data} rangeError={rangeError} />
        <CurrencySwitch
          currencies={report.data?.currencies.map((c) => c.currency) ?? []}
          value={currency}
          onChange={(value) => setFilter({ currency: value })}
        />
      </Group>
      <div
        style={{ flex: 1, minHeight: 0, overflow: 'auto', opacity: report.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={report.isFetching}
      >
        {body()}
      </div>
    </>
  );
}
