import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** The invoices this credit was matched to; matches undone by a reversal stay, struck through. */
export function PaymentAllocationsTable({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  return (
    <SectionCard title={t('payments.section.allocations')} testId="payment-allocations">
      {payment.allocations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('payments.noAllocations')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="allocations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.number')}</Table.Th>
              <Table.Th>{t('invoices.allocation.date')}</Table.Th>
              <Table.Th {...num}>{t('invoices.allocation.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payment.allocations.map((allocation) => {
              const struck = allocation.reversed ? { td: 'line-through', c: 'dimmed' } : {};
              return (
                <Table.Tr key={allocation.id} data-testid="allocation-row" data-reversed={allocation.reversed || undefined}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor component={Link} to={`/invoices/${allocation.invoiceId}`} size="sm" ff="monospace" {...struck}>
                        {allocation.invoiceNumber}
                      </Anchor>
                      {allocation.reversed && (
                        <Badge size="xs" color="gray" variant="outline" tt="none">
                          {t('payments.reversedBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td {...struck}>{format.date(allocation.date)}</Table.Td>
                  <Table.Td {...num} {...struck} fw={600}>
                    {format.money(allocation.amount, payment.currency)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
