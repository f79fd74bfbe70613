import { Text } from '@mantine/core';
import { useState } from 'react';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { useRouteId } from '../../../lib/use-route-id';
import { isInvoiceLocked } from '../invoice-lock';
import { InvoiceQueryState } from '../invoice-query-state';
import { useUpdateInvoice } from '../mutations';
import { useInvoice } from '../queries';
import { InvoiceForm } from './invoice-form';
import { invoiceToForm, toUpdateInput } from './invoice-form-values';
import { InvoiceNotesForm } from './invoice-notes-form';

/**
 * Edits are based on the version first loaded; later refreshes of the cache do not touch what the
 * user typed. If someone else saved meanwhile, the backend refuses and the user may reload.
 */
function EditInvoice({ loaded, refetch }: { loaded: Invoice; refetch: () => Promise<Invoice | undefined> }) {
  const t = useT();
  const update = useUpdateInvoice();
  const [base, setBase] = useState(loaded);
  const [reloading, setReloading] = useState(false);

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await refetch();
      if (latest) setBase(latest);
    } finally {
      setReloading(false);
    }
  };

  const header = (
    <PageHeader
      back={{ to: `/invoices/${base.id}`, label: base.number }}
      title={isInvoiceLocked(base) ? t('invoices.editNotesTitle') : t('invoices.editTitle')}
      meta={
        <Text size="sm" c="dimmed" ff="monospace">
          {base.number}
        </Text>
      }
    />
  );
  if (isInvoiceLocked(base)) return <InvoiceNotesForm key={base.version} invoice={base} header={header} />;
  return (
    <InvoiceForm
      // A new version means new starting values: a fresh form.
      key={base.version}
      mode="edit"
      initialValues={invoiceToForm(base)}
      header={header}
      onSave={(values) => update.mutateAsync(toUpdateInput(values, base))}
      cancelTo={`/invoices/${base.id}`}
      replacing={{ currency: base.currency, openAmount: base.openAmount }}
      stale={{ onReload: () => void reloadLatest(), reloading }}
    />
  );
}

export function InvoiceEditPage() {
  const id = useRouteId();
  const query = useInvoice(id);
  return (
    <InvoiceQueryState id={id} query={query}>
      {(invoice) => <EditInvoice loaded={invoice} refetch={async () => (await query.refetch()).data} />}
    </InvoiceQueryState>
  );
}
