import type { ForecastGranularity } from '../../../src-shared/domain/dashboard/types';

/** Every dashboard figure is a sum over the whole ledger: any ledger change makes them all stale. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  kpis: () => [...dashboardKeys.all, 'kpis'] as const,
  aging: () => [...dashboardKeys.all, 'aging'] as const,
  forecast: (granularity: ForecastGranularity) => [...dashboardKeys.all, 'forecast', granularity] as const,
  backtest: () => [...dashboardKeys.all, 'backtest'] as const,
  trend: () => [...dashboardKeys.all, 'trend'] as const,
  segments: () => [...dashboardKeys.all, 'segments'] as const,
  debtors: (currency: string | undefined) => [...dashboardKeys.all, 'debtors', currency] as const,
};
