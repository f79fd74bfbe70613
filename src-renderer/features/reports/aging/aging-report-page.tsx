import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory, IconMoodSmile, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMemo } from 'react';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import type { AgingReport } from '../../../../src-shared/domain/reports/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { newInvoicePath } from '../../../app/paths';
import { EmptyPanel } from '../../../components/empty-panel';
import { ExportMenu } from '../../../components/export/export-menu';
import { QueryErrorState } from '../../../components/error-state';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PageHeader } from '../../../components/page-header';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { useAgingReport } from '../queries';
import { pickCurrency } from '../report-currency';
import { agingDocument } from './aging-export';
import { overdueOf, sortAgingRows } from './aging-rows';
import { AgingTable } from './aging-table';
import { AgingToolbar } from './aging-toolbar';
import { useAgingFilter, type AgingFilter } from './use-aging-filter';

const shownCurrency = (report: AgingReport | undefined, chosen: Currency | null): Currency | null =>
  pickCurrency(report?.totals.map((t) => t.currency) ?? [], chosen);

function NothingOwed() {
  const { t } = useI18n();
  return (
    <EmptyPanel
      testId="aging-empty"
      icon={<IconMoodSmile size={32} stroke={1.5} />}
      title={t('reports.aging.empty.title')}
      description={t('reports.aging.empty.body')}
      actions={
        <>
          <Button component={Link} to={newInvoicePath()} leftSection={<IconPlus size={16} />}>
            {t('empty.addInvoice')}
          </Button>
          <Button component={Link} to="/import" variant="default">
            {t('empty.import')}
          </Button>
        </>
      }
    />
  );
}

function AgingBody({ report, filter }: { report: AgingReport; filter: AgingFilter }) {
  const { t, locale } = useI18n();
  const format = useFormatters();
  const currency = shownCurrency(report, filter.currency);
  const totals = report.totals.find((row) => row.currency === currency);
  const rows = useMemo(
    () =>
      sortAgingRows(
        report.rows.filter((row) => row.currency === currency),
        filter.sort,
        new Intl.Collator(locale),
      ),
    [report, currency, filter.sort, locale],
  );
  if (!totals || !currency) return <NothingOwed />;
  const past = report.asOf < todayLocal();
  return (
    <>
      <Group gap="xl" mb="md" data-testid="aging-summary" align="flex-end">
        <StatFigure
          label={t('reports.aging.balance')}
          value={format.money(totals.balance, currency)}
          testId="aging-total-balance"
        />
        <StatFigure label={t('reports.aging.overdue')} value={format.money(overdueOf(totals), currency)} color="red.8" />
        <StatFigure label={t('nav.customers')} value={format.number(rows.length)} />
        <div style={{ marginLeft: 'auto' }}>
          <ExportMenu
            title={t('reports.aging.title')}
            subtitle={t('reports.aging.meta', { date: format.date(report.asOf) })}
            build={() => agingDocument(rows, totals, report.asOf, report.bounds, t)}
          />
        </div>
      </Group>
      {past && (
        <Alert variant="light" color="gray" icon={<IconHistory size={18} />} mb="sm" py={8} data-testid="aging-past-note">
          {t('reports.aging.pastDay')}
        </Alert>
      )}
      {report.rowCount > report.rows.length && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('reports.aging.truncated', { shown: format.number(report.rows.length), count: format.number(report.rowCount) })}
        </Text>
      )}
      <AgingTable rows={rows} totals={totals} asOf={report.asOf} bounds={report.bounds} scrollKey={JSON.stringify(filter)} />
    </>
  );
}

/** Aging per customer as of any day, one currency at a time; every amount opens the invoices behind it. */
export function AgingReportPage() {
  const { t } = useI18n();
  const format = useFormatters();
  const [filter, setFilter] = useAgingFilter();
  const report = useAgingReport(filter.asOf, filter.bounds);
  const currencies = report.data?.totals.map((row) => row.currency) ?? [];

  const body = () => {
    if (report.isPending) return <ListSkeleton testId="aging-loading" />;
    if (report.isError && !report.data) {
      return <QueryErrorState title={t('reports.aging.loadError')} query={report} />;
    }
    return <AgingBody report={report.data} filter={filter} />;
  };

  return (
    <>
      <PageHeader
        title={t('reports.aging.title')}
        meta={
          <Text size="sm" c="dimmed" data-testid="aging-meta">
            {t('reports.aging.meta', { date: format.date(filter.asOf || todayLocal()) })}
          </Text>
        }
      />
      <AgingToolbar
        filter={filter}
        onChange={setFilter}
        currencies={currencies}
        currency={shownCurrency(report.data, filter.currency)}
      />
      <div
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', opacity: report.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={report.isFetching}
      >
        {body()}
      </div>
    </>
  );
}
