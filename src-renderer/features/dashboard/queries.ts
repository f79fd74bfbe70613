import { useQuery } from '@tanstack/react-query';
import type { ForecastGranularity } from '../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../src-shared/money/currency';
import { send } from '../../api/client';
import { dashboardKeys } from './query-keys';

export const useDashboardKpis = () => useQuery({ queryKey: dashboardKeys.kpis(), queryFn: () => send('dashboard/kpis', {}) });

/** Only the totals per currency: the aging chart needs no customer rows. */
export const useAgingTotals = () =>
  useQuery({ queryKey: dashboardKeys.aging(), queryFn: () => send('reports/aging', { limit: 1 }) });

export const useForecast = (granularity: ForecastGranularity) =>
  useQuery({ queryKey: dashboardKeys.forecast(granularity), queryFn: () => send('dashboard/forecast', { granularity }) });

/** Made once a day on a worker: `computing` until the `dashboard/backtest-ready` event (asked again now and then too). */
export const useBacktest = () =>
  useQuery({
    queryKey: dashboardKeys.backtest(),
    queryFn: () => send('dashboard/backtest', { weeks: 8 }),
    refetchInterval: (query) => (query.state.data?.status === 'computing' ? 30_000 : false),
  });

export const useTrend = () => useQuery({ queryKey: dashboardKeys.trend(), queryFn: () => send('dashboard/trend', {}) });

/** The ten customers who owe the most in one currency (the aging report ranks by balance). */
export const useTopDebtors = (currency: Currency | undefined) =>
  useQuery({
    queryKey: dashboardKeys.debtors(currency),
    queryFn: () => send('reports/aging', { currency: currency!, limit: 10 }),
    enabled: currency !== undefined,
  });

export const useSegments = () => useQuery({ queryKey: dashboardKeys.segments(), queryFn: () => send('dashboard/segments', {}) });
