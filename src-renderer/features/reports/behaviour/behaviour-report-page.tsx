import { Group, Select, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useMemo } from 'react';
import { RISK_SEGMENTS } from '../../../../src-shared/domain/statements/schemas';
import type { PaymentBehaviourReport } from '../../../../src-shared/domain/reports/types';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { EmptyPanel } from '../../../components/empty-panel';
import { QueryErrorState } from '../../../components/error-state';
import { ExportMenu } from '../../../components/export/export-menu';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PageHeader } from '../../../components/page-header';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';
import { usePaymentBehaviour } from '../queries';
import { CurrencySwitch, pickCurrency } from '../report-currency';
import { BEHAVIOUR_SORTS, behaviourDocument, behaviourRows, type BehaviourSort } from './behaviour-rows';
import { BehaviourTable } from './behaviour-table';

interface BehaviourFilter {
  segment: (typeof RISK_SEGMENTS)[number] | null;
  sort: BehaviourSort;
  currency: Currency | null;
}

const parseFilter = (params: URLSearchParams): BehaviourFilter => ({
  segment: oneOf(RISK_SEGMENTS, params.get('segment')) ?? null,
  sort: oneOf(BEHAVIOUR_SORTS, params.get('sort')) ?? 'overdue',
  currency: oneOf(CURRENCIES, params.get('currency')) ?? null,
});

const toParams = (filter: BehaviourFilter) =>
  new URLSearchParams({
    ...(filter.segment ? { segment: filter.segment } : {}),
    ...(filter.sort !== 'overdue' ? { sort: filter.sort } : {}),
    ...(filter.currency ? { currency: filter.currency } : {}),
  });

/** The currencies anyone is overdue in: the overdue column shows one of them at a time. */
const overdueCurrencies = (report: PaymentBehaviourReport | undefined): Currency[] =>
  [...new Set(report?.rows.flatMap((r) => r.overdue.map((o) => o.currency)) ?? [])].sort();

/** How each customer pays: invoices paid, days late, share paid late, overdue now and risk segment. */
export function BehaviourReportPage() {
  const { t, locale } = useI18n();
  const format = useFormatters();
  const [filter, setFilter] = useUrlFilter(parseFilter, toParams);
  const report = usePaymentBehaviour();
  const currencies = useMemo(() => overdueCurrencies(report.data), [report.data]);
  const currency = pickCurrency(currencies, filter.currency) ?? 'TRY';
  const rows = useMemo(
    () =>
      behaviourRows(report.data?.rows ?? [], { segment: filter.segment, sort: filter.sort, currency }, new Intl.Collator(locale)),
    [report.data, filter.segment, filter.sort, currency, locale],
  );

  const body = () => {
    if (report.isPending) return <ListSkeleton testId="behaviour-loading" />;
    if (report.isError && !report.data) return <QueryErrorState title={t('reports.behaviour.loadError')} query={report} />;
    if (rows.length === 0)
      return (
        <EmptyPanel
          testId="behaviour-empty"
          icon={<IconUsers size={32} stroke={1.5} />}
          title={t('reports.behaviour.empty.title')}
          description={t('reports.behaviour.empty.body')}
        />
      );
    return <BehaviourTable rows={rows} currency={currency} scrollKey={JSON.stringify(filter)} />;
  };

  return (
    <>
      <PageHeader
        title={t('reports.behaviour.title')}
        meta={
          <Text size="sm" c="dimmed" data-testid="behaviour-meta">
            {t('reports.behaviour.meta', { date: format.date(report.data?.asOf ?? '') })} · {format.number(rows.length)}{' '}
            {t('nav.customers').toLocaleLowerCase(locale)}
          </Text>
        }
        actions={
          <ExportMenu
            title={t('reports.behaviour.title')}
            build={() => behaviourDocument(rows, currency, t)}
            disabled={rows.length === 0}
          />
        }
      />
      <Group gap="md" mb="md" align="flex-start" wrap="wrap">
        <Select
          label={t('reports.behaviour.segment')}
          value={filter.segment ?? ''}
          onChange={(value) => setFilter({ segment: (value || null) as BehaviourFilter['segment'] })}
          data={[
            { value: '', label: t('reports.behaviour.allSegments') },
            ...RISK_SEGMENTS.map((s) => ({ value: s, label: t(`customers.risk.${s}`) })),
          ]}
          allowDeselect={false}
          w={240}
          data-testid="behaviour-segment"
        />
        <Select
          label={t('reports.behaviour.sort')}
          value={filter.sort}
          onChange={(sort) => sort && setFilter({ sort: sort as BehaviourSort })}
          data={BEHAVIOUR_SORTS.map((sort) => ({ value: sort, label: t(`reports.behaviour.sort.${sort}`) }))}
          allowDeselect={false}
          w={220}
          data-testid="behaviour-sort"
        />
        <CurrencySwitch currencies={currencies} value={currency} onChange={(value) => setFilter({ currency: value })} />
      </Group>
      <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }} aria-busy={report.isFetching}>
        {body()}
      </div>
    </>
  );
}
