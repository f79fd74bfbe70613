import type { DomainHandlers } from '../../core/registry';
import { backtestHandler, type DailyBacktests } from './daily-backtest';
import { forecastHandler } from './forecast';
import { dashboardKpisHandler } from './kpis';
import { segmentsHandler } from './segments';
import { trendHandler } from './trend';

export const dashboardHandlers = (backtests: DailyBacktests): DomainHandlers<'dashboard'> => ({
  'dashboard/kpis': dashboardKpisHandler,
  'dashboard/forecast': forecastHandler,
  'dashboard/backtest': backtestHandler(backtests),
  'dashboard/trend': trendHandler,
  'dashboard/segments': segmentsHandler,
});
