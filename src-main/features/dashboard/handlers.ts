import type { DomainHandlers } from '../../core/registry';
import { dashboardKpisHandler } from './kpis';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard/kpis': dashboardKpisHandler,
};
