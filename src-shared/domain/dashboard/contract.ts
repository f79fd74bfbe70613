import { z } from 'zod';
import { action, query } from '../../contract/method';
import { backtestInput, dashboardKpisInput, forecastInput, trendInput } from './schemas';
import type { BacktestAnswer, CashForecast, CollectionsTrend, DashboardKpis, SegmentExposure } from './types';

export const dashboardContract = {
  'dashboard/kpis': query<DashboardKpis>()(
    dashboardKpisInput,
    'Receivables, overdue, DSO, CEI, days late, promises kept and collected vs due per currency, with last month',
  ),
  'dashboard/forecast': query<CashForecast>()(
    forecastInput,
    'Expected collections per week (13) or month (12): as scheduled by due dates and as predicted from habits',
    { fresh: ['riskSegments'] },
  ),
  'dashboard/backtest': action<BacktestAnswer>()(
    backtestInput,
    "The forecast as made some weeks ago against what actually came in, with each method's error (or `computing`)",
    {
      outside: ['worker'],
      detail:
        "Starts the day's back-test on a worker thread; when done, keeps it with its day in `settings` (one insert) and publishes `dashboard/backtest-ready`.",
      storeWrites: true,
    },
  ),
  'dashboard/trend': query<CollectionsTrend>()(
    trendInput,
    'Invoiced and collected per month over the last 12 months (this month so far included), per currency',
  ),
  'dashboard/segments': query<SegmentExposure>()(
    z.object({}).strict(),
    'Open and overdue amounts by customer risk segment (A–D), per currency',
    { fresh: ['riskSegments', 'customerFigures'] },
  ),
};
