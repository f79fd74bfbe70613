import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Customer } from '../../../src-shared/domain/customers/types';
import { QueryState } from '../../components/query-state';
import { useT } from '../../i18n/i18n-context';
import { CustomerNotFound } from './customer-not-found';

/** The card and the edit form load the same customer and have the same loading, missing and failed states. */
export function CustomerQueryState({
  id,
  query,
  children,
}: {
  id: number | null;
  query: UseQueryResult<Customer>;
  children: (customer: Customer) => ReactNode;
}) {
  const t = useT();
  return (
    <QueryState
      valid={id !== null}
      query={query}
      notFound={<CustomerNotFound />}
      errorTitle={t('customers.loadOneError')}
      skeletonTestId="customer-loading"
    >
      {children}
    </QueryState>
  );
}
