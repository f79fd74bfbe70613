import { Paper, Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppError } from '../../../src-shared/contract/errors';
import type { Customer } from '../../../src-shared/domain/customers/types';
import { ErrorState } from '../../components/error-state';
import { useT } from '../../i18n/i18n-context';
import { CustomerNotFound } from './customer-not-found';

function CustomerSkeleton() {
  return (
    <Stack gap="lg" data-testid="customer-loading" aria-busy>
      <Skeleton height={34} width="45%" />
      <Skeleton height={16} width="25%" />
      <Paper p="lg">
        <Stack gap="sm">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={18} width={`${80 - i * 8}%`} />
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}

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
  if (id === null) return <CustomerNotFound />;
  if (query.data) return children(query.data);
  if (query.isError) {
    if (query.error instanceof AppError && query.error.kind === 'not_found') return <CustomerNotFound />;
    return (
      <ErrorState
        title={t('customers.loadOneError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <CustomerSkeleton />;
}
