import { Button, Skeleton, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { FullHeightPage } from '../../../components/full-height-page';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PageHeader } from '../../../components/page-header';
import { ImportLink } from '../../import/import-link';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useAnyCustomerExists, useCustomerList } from '../queries';
import { NoCustomersYet, NoMatchingCustomers } from './customer-list-states';
import { CustomerListToolbar } from './customer-list-toolbar';
import { CustomerTable, type CustomerTableHandle } from './customer-table';
import { DEFAULT_FILTER, isFiltered, useListFilter } from './use-list-filter';
import { ExportFileMenu } from '../../exports/export-file-menu';

export function CustomerListPage() {
  const t = useT();
  const format = useFormatters();
  const [filter, setFilter] = useListFilter();
  const list = useCustomerList(filter);
  const table = useRef<CustomerTableHandle>(null);

  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total;
  const nothingShown = list.isSuccess && total === 0;
  const anyExists = useAnyCustomerExists(nothingShown);

  const body = () => {
    if (list.isPending) return <ListSkeleton testId="customer-list-loading" />;
    if (list.isError && !list.data) {
      return (
        <ErrorState
          title={t('customers.loadError')}
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isRefetching}
        />
      );
    }
    if (nothingShown) {
      if (anyExists.isPending) return <ListSkeleton testId="customer-list-loading" />;
      if (anyExists.data === false) return <NoCustomersYet />;
      const onlySearch = !isFiltered({ ...filter, search: '' });
      return (
        <NoMatchingCustomers
          search={filter.search}
          onlySearch={onlySearch}
          onClear={() => setFilter({ ...DEFAULT_FILTER, sort: filter.sort })}
        />
      );
    }
    return (
      <CustomerTable
        ref={table}
        rows={rows}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        loadMoreFailed={list.isFetchNextPageError}
        onLoadMore={() => void list.fetchNextPage()}
        scrollKey={JSON.stringify(filter)}
        sort={filter.sort}
        currency={filter.currency}
        onSort={(sort) => setFilter({ sort })}
      />
    );
  };

  return (
    <FullHeightPage>
      <PageHeader
        title={t('customers.title')}
        meta={
          total !== undefined ? (
            <Text size="sm" c="dimmed" data-testid="customer-count">
              {t('customers.count', { count: format.number(total) })}
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
            <ImportLink kind="customers" />
            <ExportFileMenu method="exports/customers" testId="export-customers" />
            <Button component={Link} to="/customers/new" leftSection={<IconPlus size={16} />} data-testid="new-customer">
              {t('customers.new')}
            </Button>
          </>
        }
      />
      <CustomerListToolbar filter={filter} onChange={setFilter} onArrowDown={() => table.current?.focusFirstRow()} />
      {body()}
    </FullHeightPage>
  );
}
