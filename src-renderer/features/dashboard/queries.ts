import { useQuery } from '@tanstack/react-query';
import type { ForecastGranularity } from '../../../src-shared/domain/dashboard/types';
import { send } from '../../api/client';
import { dashboardKeys } from './query-keys';

export const useDashboardKpis = () => useQuery({ queryKey: dashboardKeys.kpis(), queryFn: () => send('dashboard/kpis', {}) });

/** Only the totals per currency: the aging chart needs no customer rows. */
export const useAgingTotals = () =>
  useQuery({ queryKey: dashboardKeys.aging(), queryFn: () => send('reports/aging', { limit: 1 }) });

export const useForecast = (granularity: ForecastGranularity) =>
  useQuery({ queryKey: dashboardKeys.forecast(granularity), queryFn: () => send('dashboard/forecast', { granularity }) });

export const useBacktest = () =>
  useQuery({ queryKey: dashboardKeys.backtest(), queryFn: () => send('dashboard/backtest', { weeks: 8 }) });
