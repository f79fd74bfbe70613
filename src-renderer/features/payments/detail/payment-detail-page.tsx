import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconReceiptOff } from '@tabler/icons-react';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { NotFoundState } from '../../../components/not-found-state';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useRouteId } from '../../../lib/use-route-id';
import { CustomerLink } from '../../customers/customer-link';
import { RecordDocumentButton } from '../../statements/record-document-button';
import { creditKindKey } from '../payment-labels';
import { usePayment } from '../queries';
import { PaymentAllocationsTable } from './payment-allocations-table';
import { PaymentSummary } from './payment-summary';
import { ReverseAction } from './reverse-action';

function PaymentDetail({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  const reversed = payment.reversedAt !== null;
  const title = `${t(creditKindKey(payment.kind))}${payment.number ? ` ${payment.number}` : ''}`;
  return (
    <div data-testid="payment-detail">
      <PageHeader
        back={{ to: `/customers/${payment.customerId}`, label: t('payments.backToCustomer') }}
        title={
          <span data-testid="payment-title">
            {title} · {format.money(payment.amount, payment.currency)}
          </span>
        }
        meta={
          <Group gap="sm">
            <CustomerLink id={payment.customerId} testId="payment-customer" />
            <Text size="sm" c="dimmed">
              {format.date(payment.date)}
            </Text>
            {reversed && (
              <Badge color="gray" variant="filled" tt="none" data-testid="reversed-badge">
                {t('payments.reversedBadge')}
              </Badge>
            )}
          </Group>
        }
        actions={
          <Group gap="sm">
            {payment.kind === 'payment' && (
              <RecordDocumentButton document="receipt" id={payment.id} label={t('payments.receipt.print')} testId="payment-receipt" />
            )}
            {!reversed && <ReverseAction payment={payment} />}
          </Group>
        }
      />
      <Stack gap="lg">
        <PaymentSummary payment={payment} />
        <PaymentAllocationsTable payment={payment} />
      </Stack>
    </div>
  );
}

/** /payments/:id: a payment or a credit note, its matches, its unallocated credit and its reversal. */
export function PaymentDetailPage() {
  const t = useT();
  const id = useRouteId();
  const query = usePayment(id);
  return (
    <QueryState
      valid={id !== null}
      query={query}
      notFound={
        <NotFoundState
          icon={<IconReceiptOff size={32} stroke={1.5} />}
          title={t('payments.notFoundTitle')}
          body={t('payments.notFoundBody')}
          back={{ to: '/invoices', label: t('invoices.backToList') }}
          testId="payment-not-found"
        />
      }
      errorTitle={t('payments.loadOneError')}
      skeletonTestId="payment-loading"
    >
      {(payment) => <PaymentDetail payment={payment} />}
    </QueryState>
  );
}
