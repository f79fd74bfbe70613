import { QueryClient } from '@tanstack/react-query';
import { AppError } from '../../src-shared/contract/errors';

/**
 * Retrying helps only when the backend stumbled or the company's server is away (a few more tries, with the
 * growing pause between them, cover a server restart); a refused or missing record stays so.
 */
const shouldRetry = (failures: number, error: unknown): boolean =>
  error instanceof AppError && error.kind === 'unavailable'
    ? failures < 4
    : failures < 2 && !(error instanceof AppError && error.kind !== 'internal');

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Push events keep the cache fresh; focusing the window should not refetch thousands of rows.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
