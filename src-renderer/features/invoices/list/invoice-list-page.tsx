import { Button, Skeleton, Text } from '@mantine/core';
import { IconCash, IconPlus } from '@tabler/icons-react';
import { useRef } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { FullHeightPage } from '../../../components/full-height-page';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PageHeader } from '../../../components/page-header';
import { ImportLink } from '../../import/import-link';
import type { VirtualTableHandle } from '../../../components/virtual-table/virtual-table';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { newInvoicePath, newPaymentPath } from '../../../app/paths';
import { useAnyInvoiceExists, useInvoiceList, useInvoiceTotals } from '../queries';
import { ActiveFilters } from './active-filters';
import { InvoiceListToolbar } from './invoice-list-toolbar';
import { NoInvoicesYet, NoMatchingInvoices } from './invoice-list-states';
import { InvoiceTable } from './invoice-table';
import { InvoiceTotalsBar } from './invoice-totals-bar';
import { DEFAULT_INVOICE_FILTER, isInvoiceFilterActive, useInvoiceFilter } from './use-invoice-filter';
import { ExportFileMenu } from '../../exports/export-file-menu';

export function InvoiceListPage() {
  const t = useT();
  const format = useFormatters();
  const [filter, setFilter] = useInvoiceFilter();
  const list = useInvoiceList(filter);
  const table = useRef<VirtualTableHandle>(null);

  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  // The totals of a million rows take longer than a page: ask for them once this filter's rows are in.
  const totalsQuery = useInvoiceTotals(filter, list.isSuccess && !list.isPlaceholderData);
  const totals = totalsQuery.data;
  const count = totals?.reduce((sum, row) => sum + row.count, 0);
  const nothingShown = list.isSuccess && rows.length === 0;
  const anyExists = useAnyInvoiceExists(nothingShown);
  const forCustomer = filter.customerId ?? undefined;

  const body = () => {
    if (list.isPending) return <ListSkeleton testId="invoice-list-loading" />;
    if (list.isError && !list.data) {
      return (
        <ErrorState
          title={t('invoices.loadError')}
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isRefetching}
        />
      );
    }
    if (nothingShown) {
      if (anyExists.isPending) return <ListSkeleton testId="invoice-list-loading" />;
      if (anyExists.data === false || !isInvoiceFilterActive(filter)) {
        return <NoInvoicesYet newInvoicePath={newInvoicePath({ customerId: forCustomer })} />;
      }
      return (
        <NoMatchingInvoices search={filter.search} onClear={() => setFilter({ ...DEFAULT_INVOICE_FILTER, sort: filter.sort })} />
      );
    }
    return (
      <>
        <InvoiceTotalsBar totals={totals} updating={totalsQuery.isPlaceholderData || !totalsQuery.isSuccess} />
        <InvoiceTable
          ref={table}
          rows={rows}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          loadMoreFailed={list.isFetchNextPageError}
          onLoadMore={() => void list.fetchNextPage()}
          scrollKey={JSON.stringify(filter)}
        />
      </>
    );
  };

  return (
    <FullHeightPage>
      <PageHeader
        title={t('invoices.title')}
        meta={
          count !== undefined ? (
            <Text size="sm" c="dimmed" data-testid="invoice-count">
              {t('invoices.count', { count: format.number(count) })}
            </Text>
          ) : list.isError ? (
            <Text size="sm" c="dimmed">
              {t('common.none')}
            </Text>
          ) : (
            <Skeleton height={14} width={80} my={4} />
          )
        }
        actions={
          <>
            <ImportLink kind="invoices" />
            <ExportFileMenu
              method="exports/invoices"
              {...(forCustomer !== undefined ? { customerId: forCustomer } : {})}
              testId="export-invoices"
            />
            <Button
              component={Link}
              to={newPaymentPath({ customerId: forCustomer })}
              variant="default"
              leftSection={<IconCash size={16} />}
              data-testid="new-payment"
            >
              {t('payments.new')}
            </Button>
            <Button
              component={Link}
              to={newInvoicePath({ customerId: forCustomer })}
              leftSection={<IconPlus size={16} />}
              data-testid="new-invoice"
            >
              {t('invoices.new')}
            </Button>
          </>
        }
      />
      <InvoiceListToolbar filter={filter} onChange={setFilter} onArrowDown={() => table.current?.focusFirstRow()} />
      <ActiveFilters filter={filter} onChange={setFilter} />
      {body()}
    </FullHeightPage>
  );
}
