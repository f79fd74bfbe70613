import { Anchor, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SectionCard } from '../../../../components/section-card';
import { useFormatters } from '../../../../i18n/formatters';
import { useT } from '../../../../i18n/i18n-context';
import { InvoiceStatusBadge } from '../../../invoices/invoice-status-badge';
import { invoiceListPath } from '../../../invoices/list/use-invoice-filter';
import { useCustomerInvoices } from '../../../invoices/queries';
import { ErrorState } from '../../../../components/error-state';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** The customer's open invoices first (oldest due first), then the latest closed ones, and a way to all of them. */
export function CustomerInvoices({ customerId }: { customerId: number }) {
  const t = useT();
  const format = useFormatters();
  const query = useCustomerInvoices(customerId);
  const count = query.data?.totals.reduce((sum, row) => sum + row.count, 0) ?? 0;

  const body = () => {
    if (query.isError)
      return (
        <ErrorState
          title={t('invoices.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    if (!query.data)
      return (
        <Stack gap="xs">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={24} />
          ))}
        </Stack>
      );
    if (query.data.items.length === 0) {
      return (
        <Text size="sm" c="dimmed" data-testid="customer-invoices-empty">
          {t('account.noInvoices')}
        </Text>
      );
    }
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} highlightOnHover data-testid="customer-invoices-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.number')}</Table.Th>
              <Table.Th>{t('invoices.issueDate')}</Table.Th>
              <Table.Th>{t('invoices.dueDate')}</Table.Th>
              <Table.Th {...num}>{t('invoices.total')}</Table.Th>
              <Table.Th {...num}>{t('invoices.open')}</Table.Th>
              <Table.Th {...num}>{t('invoices.statusLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((invoice) => (
              <Table.Tr key={invoice.id} data-testid="customer-invoice-row">
                <Table.Td>
                  <Anchor component={Link} to={`/invoices/${invoice.id}`} size="sm" ff="monospace">
                    {invoice.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.date(invoice.issueDate)}</Table.Td>
                <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                <Table.Td {...num}>{format.money(invoice.total, invoice.currency)}</Table.Td>
                <Table.Td {...num} fw={600}>
                  {format.money(invoice.openAmount, invoice.currency)}
                </Table.Td>
                <Table.Td {...num}>
                  <InvoiceStatusBadge status={invoice.status} daysOverdue={invoice.daysOverdue} size="xs" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <SectionCard
      title={t('account.invoices')}
      actions={
        count > 0 && (
          <Anchor component={Link} to={invoiceListPath({ customerId })} size="sm" data-testid="all-customer-invoices">
            <Group gap={4} wrap="nowrap">
              {t('account.allInvoices', { count: format.number(count) })}
              <IconArrowRight size={14} />
            </Group>
          </Anchor>
        )
      }
      testId="section-invoices"
    >
      {body()}
    </SectionCard>
  );
}
