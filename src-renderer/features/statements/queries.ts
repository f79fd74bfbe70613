import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { BatchFilter } from '../../../src-shared/domain/statements/schemas';
import type { StatementBatchInput } from '../../../src-shared/domain/statements/schemas';
import { send } from '../../api/client';
import { choiceProblem, documentArgs, type DocumentChoice } from './document-options';

export const statementKeys = {
  all: ['statements'] as const,
  render: (customerId: number, choice: DocumentChoice) => ['statements', 'render', customerId, choice] as const,
  count: (filter: BatchFilter) => ['statements', 'count', filter] as const,
};

/** The PDF for the preview, made again when the choice changes (the last one stays shown meanwhile). */
export const useRenderedDocument = (customerId: number, choice: DocumentChoice) =>
  useQuery({
    queryKey: statementKeys.render(customerId, choice),
    queryFn: () => send('statements/render', { customerId, ...documentArgs(choice) }),
    enabled: choiceProblem(choice) === null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0,
  });

export const useBatchCount = (filter: BatchFilter) =>
  useQuery({
    queryKey: statementKeys.count(filter),
    queryFn: () => send('statements/count', { filter }),
    placeholderData: keepPreviousData,
  });

export const useExportBatch = () =>
  useMutation({ mutationFn: (input: StatementBatchInput) => send('statements/export-batch', input) });

export const cancelBatch = (jobId: string) => send('statements/cancel', { jobId });
