import { Button, Group, Text } from '@mantine/core';
import { IconCalendarTime, IconCash, IconPencil, IconReceiptRefund } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { newCreditNotePath, newPaymentPath } from '../../../app/paths';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { OpenDisputeAction } from '../../collections/disputes/open-dispute-action';
import { CustomerLink } from '../../customers/customer-link';
import { newPlanPath } from '../../plans/paths';
import { isInvoiceLocked } from '../invoice-lock';
import { InvoiceStatusBadge } from '../invoice-status-badge';
import { WriteOffAction } from './write-off-action';

export function InvoiceDetailHeader({ invoice }: { invoice: Invoice }) {
  const t = useT();
  const open = invoice.openAmount > 0;
  const prefill = { customerId: invoice.customerId, invoiceId: invoice.id };
  return (
    <PageHeader
      back={{ to: '/invoices', label: t('invoices.title') }}
      title={
        <Text span inherit ff="monospace" data-testid="invoice-number">
          {invoice.number}
        </Text>
      }
      meta={
        <Group gap="sm">
          <CustomerLink id={invoice.customerId} testId="invoice-customer" />
          <InvoiceStatusBadge status={invoice.status} daysOverdue={invoice.daysOverdue} />
        </Group>
      }
      actions={
        <>
          <Button
            component={Link}
            to={`/invoices/${invoice.id}/edit`}
            variant="default"
            leftSection={<IconPencil size={16} />}
            data-testid="edit-invoice"
          >
            {isInvoiceLocked(invoice) ? t('invoices.editNotes') : t('common.edit')}
          </Button>
          {open && <OpenDisputeAction invoice={invoice} />}
          {open && <WriteOffAction invoice={invoice} />}
          {invoice.writtenOffAmount === 0 && (
            <Button
              component={Link}
              to={newCreditNotePath(prefill)}
              variant="default"
              leftSection={<IconReceiptRefund size={16} />}
              data-testid="new-credit-note"
            >
              {t('creditNotes.new')}
            </Button>
          )}
          {open && (
            <Button
              component={Link}
              to={newPlanPath(invoice.customerId, { invoiceIds: [invoice.id], currency: invoice.currency })}
              variant="default"
              leftSection={<IconCalendarTime size={16} />}
              data-testid="plan-invoice"
            >
              {t('plans.fromInvoice')}
            </Button>
          )}
          {open && (
            <Button
              component={Link}
              to={newPaymentPath(prefill)}
              leftSection={<IconCash size={16} />}
              data-testid="record-payment"
            >
              {t('payments.new')}
            </Button>
          )}
        </>
      }
    />
  );
}
