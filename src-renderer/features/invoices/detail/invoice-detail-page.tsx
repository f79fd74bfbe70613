import { Stack } from '@mantine/core';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { useRouteId } from '../../../lib/use-route-id';
import { AuditHistoryLink } from '../../audit/audit-history-link';
import { DisputesSection } from '../../collections/disputes/disputes-section';
import { useDisputes } from '../../collections/queries';
import { InvoiceQueryState } from '../invoice-query-state';
import { useInvoice } from '../queries';
import { InvoiceAllocationsTable } from './invoice-allocations-table';
import { InvoiceDetailHeader } from './invoice-detail-header';
import { InvoiceLinesTable } from './invoice-lines-table';
import { InvoiceSummary } from './invoice-summary';

/** Shown once the invoice has been disputed (or the disputes could not be read). */
function InvoiceDisputes({ invoice }: { invoice: Invoice }) {
  const query = useDisputes(invoice.customerId, invoice.id);
  if (!query.isError && !query.data?.length) return null;
  return <DisputesSection customerId={invoice.customerId} invoiceId={invoice.id} />;
}

function InvoiceDetail({ invoice }: { invoice: Invoice }) {
  return (
    <div data-testid="invoice-detail">
      <InvoiceDetailHeader invoice={invoice} />
      <Stack gap="lg">
        <InvoiceSummary invoice={invoice} />
        <InvoiceDisputes invoice={invoice} />
        <InvoiceLinesTable invoice={invoice} />
        <InvoiceAllocationsTable invoice={invoice} />
        <AuditHistoryLink entity="invoice" id={invoice.id} />
      </Stack>
    </div>
  );
}

export function InvoiceDetailPage() {
  const id = useRouteId();
  const query = useInvoice(id);
  return (
    <InvoiceQueryState id={id} query={query}>
      {(invoice) => <InvoiceDetail invoice={invoice} />}
    </InvoiceQueryState>
  );
}
