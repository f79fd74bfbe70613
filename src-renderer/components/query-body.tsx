import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyHint } from './empty-hint';
import { ErrorState } from './error-state';

interface QueryLike<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryBodyProps<T> {
  query: QueryLike<T>;
  errorTitle: string;
  /** Said (dimmed) when the data is there but holds nothing. */
  emptyText: string;
  /** Buttons that lead on from an empty section (add the first one, import). */
  emptyActions?: ReactNode;
  isEmpty: (data: T) => boolean;
  testId: string;
  /** Lines of the skeleton shown while loading. */
  rows?: number;
  children: (data: T) => ReactNode;
}

/**
 * The inside of a section that shows one query: a skeleton while it loads, the error with a retry, a
 * quiet sentence when there is nothing, else the content. Data already shown stays through a failed refresh.
 */
export function QueryBody<T>({
  query,
  errorTitle,
  emptyText,
  emptyActions,
  isEmpty,
  testId,
  rows = 2,
  children,
}: QueryBodyProps<T>) {
  if (query.data === undefined && query.isError) {
    return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (query.data === undefined) {
    return (
      <Stack gap="xs" aria-busy data-testid={`${testId}-loading`}>
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} height={24} />
        ))}
      </Stack>
    );
  }
  if (isEmpty(query.data)) {
    return <EmptyHint text={emptyText} actions={emptyActions} testId={`${testId}-empty`} />;
  }
  return children(query.data);
}
