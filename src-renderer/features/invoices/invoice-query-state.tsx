import { IconFileUnknown } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Invoice } from '../../../src-shared/domain/invoices/types';
import { NotFoundState } from '../../components/not-found-state';
import { QueryState } from '../../components/query-state';
import { useT } from '../../i18n/i18n-context';

export function InvoiceNotFound() {
  const t = useT();
  return (
    <NotFoundState
      icon={<IconFileUnknown size={32} stroke={1.5} />}
      title={t('invoices.notFoundTitle')}
      body={t('invoices.notFoundBody')}
      back={{ to: '/invoices', label: t('invoices.backToList') }}
      testId="invoice-not-found"
    />
  );
}

/** The invoice page and its edit form load the same invoice and share its loading, missing and failed states. */
export function InvoiceQueryState({
  id,
  query,
  children,
}: {
  id: number | null;
  query: UseQueryResult<Invoice>;
  children: (invoice: Invoice) => ReactNode;
}) {
  const t = useT();
  return (
    <QueryState
      valid={id !== null}
      query={query}
      notFound={<InvoiceNotFound />}
      errorTitle={t('invoices.loadOneError')}
      skeletonTestId="invoice-loading"
    >
      {children}
    </QueryState>
  );
}
