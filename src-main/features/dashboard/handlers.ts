import type { DomainHandlers } from '../../core/registry';
import { backtestHandler, forecastHandler } from './forecast';
import { dashboardKpisHandler } from './kpis';
import { segmentsHandler } from './segments';
import { trendHandler } from './trend';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard/kpis': dashboardKpisHandler,
  'dashboard/forecast': forecastHandler,
  'dashboard/backtest': backtestHandler,
  'dashboard/trend': trendHandler,
  'dashboard/segments': segmentsHandler,
};
