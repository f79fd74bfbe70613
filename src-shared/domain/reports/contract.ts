import { query } from '../../contract/method';
import { agingReportInput, customerAccountInput } from './schemas';
import type { AgingReport, CustomerAccount } from './types';

export const reportsContract = {
  'reports/aging': query<AgingReport>()(agingReportInput, 'Aging per customer and currency as of a date, with totals'),
};

export const accountContract = {
  'customers/account': query<CustomerAccount>()(
    customerAccountInput,
    "A customer's balance, overdue amount, aging and credit-limit use per currency",
  ),
};
