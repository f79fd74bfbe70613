import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { useCreateCustomer } from '../mutations';
import { useSuggestedCode } from '../queries';
import { CustomerForm } from './customer-form';
import { emptyCustomerForm, toCreateInput } from './customer-form-values';

export function CustomerCreatePage() {
  const t = useT();
  const create = useCreateCustomer();
  const suggestion = useSuggestedCode();
  const [initialValues] = useState(emptyCustomerForm);
  return (
    <CustomerForm
      mode="create"
      initialValues={initialValues}
      header={<PageHeader back={{ to: '/customers', label: t('customers.title') }} title={t('customers.newTitle')} />}
      onSave={(values) => {
        // The code shown: kept by the user and taken on another PC meanwhile, the backend uses the next free one.
        const suggestedCode = suggestion.data?.code;
        return create.mutateAsync({ ...toCreateInput(values), ...(suggestedCode ? { suggestedCode } : {}) });
      }}
      cancelTo="/customers"
      suggestedCode={suggestion.data?.code}
    />
  );
}
