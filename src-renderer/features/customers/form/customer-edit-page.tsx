import { Text } from '@mantine/core';
import { useState } from 'react';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { CustomerQueryState } from '../customer-query-state';
import { useUpdateCustomer } from '../mutations';
import { useCustomer } from '../queries';
import { useCustomerId } from '../use-customer-id';
import { CustomerForm } from './customer-form';
import { customerToForm, toUpdateInput } from './customer-form-values';

/**
 * Edits are based on the version first loaded; later refreshes of the cache do not touch what the
 * user typed. If someone else saved meanwhile, the backend refuses and the user may reload.
 */
function EditCustomer({ loaded, refetch }: { loaded: Customer; refetch: () => Promise<Customer | undefined> }) {
  const t = useT();
  const update = useUpdateCustomer();
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

  return (
    <CustomerForm
      // A new version means new starting values: a fresh form.
      key={base.version}
      mode="edit"
      initialValues={customerToForm(base)}
      header={
        <PageHeader
          back={{ to: `/customers/${base.id}`, label: base.title }}
          title={t('customers.editTitle')}
          meta={
            <Text size="sm" c="dimmed">
              {base.code} · {base.title}
            </Text>
          }
        />
      }
      onSave={(values) => update.mutateAsync(toUpdateInput(values, base))}
      cancelTo={`/customers/${base.id}`}
      onReloadLatest={() => void reloadLatest()}
      reloading={reloading}
    />
  );
}

export function CustomerEditPage() {
  const id = useCustomerId();
  const query = useCustomer(id);
  return (
    <CustomerQueryState id={id} query={query}>
      {(customer) => <EditCustomer loaded={customer} refetch={async () => (await query.refetch()).data} />}
    </CustomerQueryState>
  );
}
