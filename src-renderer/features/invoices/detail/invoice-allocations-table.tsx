import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Invoice, InvoiceAllocation } from '../../../../src-shared/domain/invoices/types';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { creditKindKey } from '../../payments/payment-labels';
import { usePayments } from '../../payments/queries';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** "Havale/EFT · ref 123" for a payment, the number for a credit note: what tells one credit from another. */
function useCreditDetail() {
  const t = useT();
  return (payment: Payment | undefined): string => {
    if (!payment) return '';
    if (payment.kind === 'credit_note') return payment.number ?? '';
    const method = payment.method ? t(`payments.method.${payment.method}`) : '';
    return [method, payment.reference].filter(Boolean).join(' · ');
  };
}

function AllocationRow({
  allocation,
  payment,
  currency,
}: {
  allocation: InvoiceAllocation;
  payment?: Payment;
  currency: Invoice['currency'];
}) {
  const t = useT();
  const format = useFormatters();
  const detail = useCreditDetail();
  const struck = allocation.reversed ? { td: 'line-through', c: 'dimmed' } : {};
  return (
    <Table.Tr data-testid="allocation-row" data-reversed={allocation.reversed || undefined}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/payments/${allocation.paymentId}`} size="sm" {...struck}>
            {t(creditKindKey(allocation.kind))}
          </Anchor>
          {allocation.reversed && (
            <Badge size="xs" color="gray" variant="outline" tt="none">
              {t('payments.reversedBadge')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" {...struck}>
          {detail(payment) || t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td {...struck}>{format.date(allocation.date)}</Table.Td>
      <Table.Td {...num} {...struck} fw={600}>
        {format.money(allocation.amount, currency)}
      </Table.Td>
    </Table.Tr>
  );
}

/** The payments and credit notes matched to this invoice; reversed ones stay, struck through. */
export function InvoiceAllocationsTable({ invoice }: { invoice: Invoice }) {
  const t = useT();
  const ids = [...new Set(invoice.allocations.map((allocation) => allocation.paymentId))];
  const payments = usePayments(ids);
  const byId = new Map(payments.flatMap((query) => (query.data ? [[query.data.id, query.data] as const] : [])));
  return (
    <SectionCard title={t('invoices.section.allocations')} testId="invoice-allocations">
      {invoice.allocations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invoices.noAllocations')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" data-testid="allocations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoices.allocation.kind')}</Table.Th>
                <Table.Th>{t('invoices.allocation.detail')}</Table.Th>
                <Table.Th>{t('invoices.allocation.date')}</Table.Th>
                <Table.Th {...num}>{t('invoices.allocation.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.allocations.map((allocation) => (
                <AllocationRow
                  key={allocation.id}
                  allocation={allocation}
                  payment={byId.get(allocation.paymentId)}
                  currency={invoice.currency}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
