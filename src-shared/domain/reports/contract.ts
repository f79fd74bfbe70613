import { query } from '../../contract/method';
import { agingReportInput, customerAccountInput } from './schemas';
import type { AgingReport, CustomerAccount, CustomerRisk } from './types';
import { z } from 'zod';
import { idSchema } from '../common/schemas';

export const reportsContract = {
  'reports/aging': query<AgingReport>()(agingReportInput, 'Aging per customer and currency as of a date, with totals'),
};

export const accountContract = {
  'customers/risk': query<CustomerRisk>()(
    z.object({ id: idSchema }).strict(),
    "A customer's risk segment (A–D) from payment behaviour, with the figures that explain it",
  ),
  'customers/account': query<CustomerAccount>()(
    customerAccountInput,
    "A customer's balance, overdue amount, aging and credit-limit use per currency",
  ),
};
