import type { DomainHandlers } from '../../core/registry';
import { backtestHandler, forecastHandler } from './forecast';
import { dashboardKpisHandler } from './kpis';
import { trendHandler } from './trend';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard/kpis': dashboardKpisHandler,
  'dashboard/forecast': forecastHandler,
  'dashboard/backtest': backtestHandler,
  'dashboard/trend': trendHandler,
};
