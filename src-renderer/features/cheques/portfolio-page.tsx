import { Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { CHEQUE_KINDS, CHEQUE_STATUSES, type ChequeKind, type ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';
import { DialogButton } from '../../components/dialog-button';
import { ErrorState } from '../../components/error-state';
import { ListSkeleton } from '../../components/list-skeleton';
import { LoadMore } from '../../components/load-more';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { oneOf, useUrlFilter } from '../../lib/use-url-filter';
import { ChequeForm } from './cheque-form';
import { kindLabel, statusLabel } from './cheque-labels';
import { PortfolioSummary } from './portfolio-summary';
import { useChequeList } from './queries';
import { ChequeStatusBadge } from './status-badge';

interface PortfolioFilter {
  status: ChequeStatus | undefined;
  kind: ChequeKind | undefined;
}

const parse = (params: URLSearchParams): PortfolioFilter => ({
  status: oneOf(CHEQUE_STATUSES, params.get('status')),
  kind: oneOf(CHEQUE_KINDS, params.get('kind')),
});

const toParams = (filter: PortfolioFilter) => {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.kind) params.set('kind', filter.kind);
  return params;
};

function PortfolioTable({ filter }: { filter: PortfolioFilter }) {
  const t = useT();
  const format = useFormatters();
  const navigate = useNavigate();
  const list = useChequeList({
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  });
  if (list.isPending) return <ListSkeleton testId="cheque-list-loading" />;
  if (list.isError && !list.data)
    return (
      <ErrorState
        title={t('cheques.loadError')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isRefetching}
      />
    );
  const rows = list.data.pages.flatMap((page) => page.items);
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm" p="lg" ta="center" data-testid="cheque-list-empty">
        {filter.status || filter.kind ? t('cheques.emptyFiltered') : t('cheques.empty')}
      </Text>
    );
  return (
    <>
      <Table highlightOnHover verticalSpacing="xs" data-testid="cheque-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cheques.column.due')}</Table.Th>
            <Table.Th>{t('cheques.column.kind')}</Table.Th>
            <Table.Th>{t('cheques.column.serial')}</Table.Th>
            <Table.Th>{t('cheques.column.customer')}</Table.Th>
            <Table.Th>{t('cheques.column.drawer')}</Table.Th>
            <Table.Th>{t('cheques.column.bank')}</Table.Th>
            <Table.Th ta="right">{t('cheques.column.amount')}</Table.Th>
            <Table.Th>{t('cheques.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(`/cheques/${row.id}`)}
              data-testid="cheque-row"
            >
              <Table.Td>{format.date(row.dueDate)}</Table.Td>
              <Table.Td>{kindLabel(t, row.kind)}</Table.Td>
              <Table.Td fw={500}>{row.serialNumber}</Table.Td>
              <Table.Td>{row.customerTitle}</Table.Td>
              <Table.Td>{row.drawer}</Table.Td>
              <Table.Td>{row.bank}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.money(row.amount, row.currency)}
              </Table.Td>
              <Table.Td>
                <ChequeStatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore query={list} testId="cheque-list-more" />
    </>
  );
}

/** /cheques: the cheques and notes received, by due date, with what matures soon and protest deadlines. */
export function PortfolioPage() {
  const t = useT();
  const [filter, setFilter] = useUrlFilter(parse, toParams);
  return (
    <>
      <PageHeader
        title={t('cheques.title')}
        actions={
          <DialogButton label={t('cheques.new')} icon={<IconPlus size={16} />} variant="filled" testId="new-cheque">
            {(close) => <ChequeForm customerId={null} onClose={close} />}
          </DialogButton>
        }
      />
      <PortfolioSummary />
      <Paper p="md" withBorder>
        <Group gap="sm" mb="sm">
          <Select
            label={t('cheques.filter.status')}
            w={220}
            value={filter.status ?? ''}
            allowDeselect={false}
            data={[
              { value: '', label: t('cheques.filter.all') },
              ...CHEQUE_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) })),
            ]}
            onChange={(value) => setFilter({ status: oneOf(CHEQUE_STATUSES, value) })}
            data-testid="cheque-status-filter"
          />
          <Select
            label={t('cheques.filter.kind')}
            w={180}
            value={filter.kind ?? ''}
            allowDeselect={false}
            data={[
              { value: '', label: t('cheques.filter.all') },
              ...CHEQUE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) })),
            ]}
            onChange={(value) => setFilter({ kind: oneOf(CHEQUE_KINDS, value) })}
            data-testid="cheque-kind-filter"
          />
        </Group>
        <PortfolioTable filter={filter} />
      </Paper>
    </>
  );
}
