import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { idParam } from '../../../lib/use-route-id';
import { useCustomer } from '../../customers/queries';
import { useCreateInvoice } from '../mutations';
import { InvoiceForm } from './invoice-form';
import { emptyInvoiceForm, toCreateInput } from './invoice-form-values';

/** A new invoice, for the customer in ?customer= when coming from a card. */
export function InvoiceCreatePage() {
  const t = useT();
  const [params] = useSearchParams();
  const customerId = idParam(params, 'customer');
  const customer = useCustomer(customerId);
  const create = useCreateInvoice();
  const [initialValues] = useState(() => emptyInvoiceForm(customerId, todayLocal()));
  const back =
    customerId !== null
      ? { to: `/customers/${customerId}`, label: customer.data?.title ?? t('customers.title') }
      : { to: '/invoices', label: t('invoices.title') };
  return (
    <InvoiceForm
      mode="create"
      initialValues={initialValues}
      header={<PageHeader back={back} title={t('invoices.newTitle')} />}
      onSave={(values, suggested) =>
        create.mutateAsync({ ...toCreateInput(values), ...(suggested ? { suggestedNumber: suggested } : {}) })
      }
      cancelTo={back.to}
    />
  );
}
