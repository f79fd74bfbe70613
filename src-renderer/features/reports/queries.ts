import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CollectionsGranularity } from '../../../src-shared/domain/reports/types';
import { send } from '../../api/client';
import { reportKeys } from './query-keys';

/** Every row the screen may show at once: it sorts and scrolls them itself (10,000 customers are fine). */
export const AGING_ROWS_LIMIT = 50_000;

/** The aging report as of a day ('' = today) with these bounds, every customer and currency. */
export const useAgingReport = (asOf: string, bounds: readonly number[]) =>
  useQuery({
    queryKey: reportKeys.aging(asOf, bounds),
    queryFn: () => send('reports/aging', { ...(asOf ? { asOf } : {}), bounds: [...bounds], limit: AGING_ROWS_LIMIT }),
    placeholderData: keepPreviousData,
  });

/** Collections over a range ('' = the default: the last 12 months) by month or week. */
export const useCollectionsReport = (from: string, to: string, granularity: CollectionsGranularity, enabled: boolean) =>
  useQuery({
    enabled,
    queryKey: reportKeys.collections(from, to, granularity),
    queryFn: () => send('reports/collections', { ...(from ? { from } : {}), ...(to ? { to } : {}), granularity }),
    placeholderData: keepPreviousData,
  });

export const usePaymentBehaviour = () =>
  useQuery({ queryKey: reportKeys.behaviour(), queryFn: () => send('reports/payment-behaviour', {}) });
