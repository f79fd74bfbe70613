import { Paper, Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppError } from '../../src-shared/contract/errors';
import { ErrorState } from './error-state';

/** A record's page while it loads: title, a line under it, a block of fields. */
export function RecordSkeleton({ testId }: { testId: string }) {
  return (
    <Stack gap="lg" data-testid={testId} aria-busy>
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

interface QueryStateProps<T> {
  /** False when the address names no record at all (e.g. /invoices/abc): shown as not found. */
  valid: boolean;
  query: UseQueryResult<T>;
  notFound: ReactNode;
  errorTitle: string;
  skeletonTestId: string;
  children: (data: T) => ReactNode;
}

/** Pages that show one record (a card, a form, a detail) share its loading, missing and failed states. */
export function QueryState<T>({ valid, query, notFound, errorTitle, skeletonTestId, children }: QueryStateProps<T>) {
  if (!valid) return notFound;
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    if (query.error instanceof AppError && query.error.kind === 'not_found') return notFound;
    return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <RecordSkeleton testId={skeletonTestId} />;
}
