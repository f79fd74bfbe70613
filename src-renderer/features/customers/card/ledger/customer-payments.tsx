import { Anchor, Badge, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PAYMENT_METHODS } from '../../../../../src-shared/domain/payments/schemas';
import type { PaymentMethod } from '../../../../../src-shared/domain/payments/types';
import { ErrorState } from '../../../../components/error-state';
import { SectionCard } from '../../../../components/section-card';
import { useFormatters } from '../../../../i18n/formatters';
import { useT } from '../../../../i18n/i18n-context';
import { creditKindKey } from '../../../payments/payment-labels';
import { useCustomerPayments, type CustomerPaymentEntry } from '../../../payments/queries';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;
const isMethod = (value: string): value is PaymentMethod => (PAYMENT_METHODS as readonly string[]).includes(value);

function PaymentRow({ entry }: { entry: CustomerPaymentEntry }) {
  const t = useT();
  const format = useFormatters();
  const struck = entry.reversed ? { td: 'line-through', c: 'dimmed' } : {};
  // A payment's title is its method; a credit note's is its number.
  const what = entry.kind === 'payment' && isMethod(entry.title) ? t(`payment.method.${entry.title}`) : entry.title;
  return (
    <Table.Tr data-testid="customer-payment-row" data-reversed={entry.reversed || undefined}>
      <Table.Td {...struck}>{format.date(entry.at)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/payments/${entry.refId}`} size="sm" {...struck}>
            {t(creditKindKey(entry.kind))}
          </Anchor>
          {entry.reversed && (
            <Badge size="xs" color="gray" variant="outline" tt="none">
              {t('payment.reversedBadge')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" truncate maw={360} {...struck}>
          {[what, entry.detail].filter(Boolean).join(' · ') || t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td {...num} {...struck} fw={600}>
        {entry.amount !== null && entry.currency ? format.money(entry.amount, entry.currency) : t('common.none')}
      </Table.Td>
    </Table.Tr>
  );
}

/** The customer's latest payments and credit notes; reversed ones stay, struck through. */
export function CustomerPayments({ customerId }: { customerId: number }) {
  const t = useT();
  const query = useCustomerPayments(customerId);

  const body = () => {
    if (query.isError) {
      return (
        <ErrorState
          title={t('account.paymentsError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    if (!query.data) {
      return (
        <Stack gap="xs">
          {[0, 1].map((i) => (
            <Skeleton key={i} height={24} />
          ))}
        </Stack>
      );
    }
    if (query.data.length === 0) {
      return (
        <Text size="sm" c="dimmed" data-testid="customer-payments-empty">
          {t('account.noPayments')}
        </Text>
      );
    }
    return (
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} data-testid="customer-payments-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.date')}</Table.Th>
              <Table.Th>{t('invoice.allocation.kind')}</Table.Th>
              <Table.Th>{t('invoice.allocation.detail')}</Table.Th>
              <Table.Th {...num}>{t('payments.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.map((entry) => (
              <PaymentRow key={`${entry.kind}-${entry.refId}`} entry={entry} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <SectionCard title={t('account.payments')} testId="section-payments">
      {body()}
    </SectionCard>
  );
}
