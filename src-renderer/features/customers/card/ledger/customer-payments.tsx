import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PaymentListItem } from '../../../../../src-shared/domain/payments/types';
import { newPaymentPath } from '../../../../app/paths';
import { LoadMore } from '../../../../components/load-more';
import { QueryBody } from '../../../../components/query-body';
import { SectionCard } from '../../../../components/section-card';
import { useFormatters } from '../../../../i18n/formatters';
import { useT } from '../../../../i18n/i18n-context';
import { paymentMethodLabel } from '../../../collections/labels';
import { creditKindKey } from '../../../payments/payment-labels';
import { useCustomerPayments } from '../../../payments/queries';
import { ExportFileMenu } from '../../../exports/export-file-menu';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

function PaymentRow({ payment }: { payment: PaymentListItem }) {
  const t = useT();
  const format = useFormatters();
  const struck = payment.reversed ? { td: 'line-through', c: 'dimmed' } : {};
  // A payment is told apart by its method and reference; a credit note by its number.
  const what = payment.kind === 'payment' ? paymentMethodLabel(t, payment.method) : (payment.number ?? '');
  return (
    <Table.Tr data-testid="customer-payment-row" data-reversed={payment.reversed || undefined}>
      <Table.Td {...struck}>{format.date(payment.date)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/payments/${payment.id}`} size="sm" {...struck}>
            {t(creditKindKey(payment.kind))}
          </Anchor>
          {payment.reversed && (
            <Badge size="xs" color="gray" variant="outline" tt="none">
              {t('payments.reversedBadge')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" truncate maw={360} {...struck}>
          {[what, payment.reference].filter(Boolean).join(' · ') || t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td {...num} {...struck}>
        {payment.unallocated > 0 && !payment.reversed ? format.money(payment.unallocated, payment.currency) : t('common.none')}
      </Table.Td>
      <Table.Td {...num} {...struck} fw={600}>
        {format.money(payment.amount, payment.currency)}
      </Table.Td>
    </Table.Tr>
  );
}

/** The customer's payments and credit notes, newest first, a page at a time; reversed ones stay, struck through. */
export function CustomerPayments({ customerId }: { customerId: number }) {
  const t = useT();
  const query = useCustomerPayments(customerId);
  return (
    <SectionCard
      title={t('account.payments')}
      actions={<ExportFileMenu method="export/payments" customerId={customerId} testId="export-payments" />}
      testId="section-payments"
    >
      <QueryBody
        query={query}
        errorTitle={t('account.paymentsError')}
        emptyText={t('account.noPayments')}
        emptyActions={
          <Button
            component={Link}
            to={newPaymentPath({ customerId })}
            variant="default"
            size="xs"
            data-testid="empty-new-payment"
          >
            {t('payments.new')}
          </Button>
        }
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        testId="customer-payments"
      >
        {(data) => (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6} data-testid="customer-payments-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('payments.date')}</Table.Th>
                    <Table.Th>{t('invoices.allocation.kind')}</Table.Th>
                    <Table.Th>{t('invoices.allocation.detail')}</Table.Th>
                    <Table.Th {...num}>{t('account.credit')}</Table.Th>
                    <Table.Th {...num}>{t('payments.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.pages
                    .flatMap((page) => page.items)
                    .map((payment) => (
                      <PaymentRow key={payment.id} payment={payment} />
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore query={query} testId="customer-payments-load-more" />
          </Stack>
        )}
      </QueryBody>
    </SectionCard>
  );
}
