import { useState } from 'react';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { useCreateCreditNote } from '../mutations';
import { backLinkOf } from './back-link';
import { CreditForm } from './credit-form';
import { FromLinkedInvoice } from './from-linked-invoice';
import { emptyCreditForm, toCreditNoteInput } from './credit-form-values';

function NewCreditNote({ customerId, invoice }: { customerId: number | null; invoice?: Invoice }) {
  const t = useT();
  const create = useCreateCreditNote();
  const [initialValues] = useState(() =>
    emptyCreditForm(
      'credit_note',
      todayLocal(),
      invoice ? { customerId: invoice.customerId, currency: invoice.currency, invoiceId: invoice.id } : { customerId },
    ),
  );
  const back = backLinkOf(customerId, invoice, t);
  return (
    <CreditForm
      initialValues={initialValues}
      header={<PageHeader back={back} title={t('creditNotes.newTitle')} />}
      onSave={(values) => create.mutateAsync(toCreditNoteInput(values))}
      cancelTo={back.to}
    />
  );
}

/** /credit-notes/new?customer=ID&invoice=ID: a credit note ("iade faturası"), optionally correcting one invoice. */
export function CreditNoteCreatePage() {
  return <FromLinkedInvoice skeletonTestId="credit-note-form-loading" render={(start) => <NewCreditNote {...start} />} />;
}
