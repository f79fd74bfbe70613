import { query } from '../../contract/method';
import { dashboardKpisInput } from './schemas';
import type { DashboardKpis } from './types';

export const dashboardContract = {
  'dashboard/kpis': query<DashboardKpis>()(
    dashboardKpisInput,
    'Receivables, overdue, DSO, CEI, days late, promises kept and collected vs due per currency, with last month',
  ),
};
