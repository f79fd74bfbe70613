import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { QueryState } from '../../../components/query-state';
import { useT } from '../../../i18n/i18n-context';
import { idParam } from '../../../lib/use-route-id';
import { InvoiceNotFound } from '../../invoices/invoice-query-state';
import { useInvoice } from '../../invoices/queries';

interface FromLinkedInvoiceProps {
  skeletonTestId: string;
  render: (start: { customerId: number | null; invoice?: Invoice }) => ReactNode;
}

/**
 * Reads ?customer=ID&invoice=ID of a "new payment / credit note" page and, when an invoice is named,
 * loads it first (with its loading, not-found and error states) so the form starts from it.
 */
export function FromLinkedInvoice({ skeletonTestId, render }: FromLinkedInvoiceProps) {
  const t = useT();
  const [params] = useSearchParams();
  const invoiceId = idParam(params, 'invoice');
  const invoice = useInvoice(invoiceId);
  if (invoiceId === null) return render({ customerId: idParam(params, 'customer') });
  return (
    <QueryState
      valid
      query={invoice}
      notFound={<InvoiceNotFound />}
      errorTitle={t('invoices.loadOneError')}
      skeletonTestId={skeletonTestId}
    >
      {(loaded) => render({ customerId: loaded.customerId, invoice: loaded })}
    </QueryState>
  );
}
