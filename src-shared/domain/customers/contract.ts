import type { NumberReplaced } from '../common/number-replaced';
import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { customerArchiveInput, customerCreateInput, customerListInput, customerRefInput, customerUpdateInput } from './schemas';
import type { Customer, CustomerPage } from './types';
import { idSchema } from '../common/schemas';
import { customerAccountInput } from '../reports/schemas';
import type { CustomerAccount, CustomerRisk } from '../reports/types';
import { timelineInput } from '../collections/schemas';
import type { TimelinePage } from '../collections/types';

export const customersContract = {
  'customers/create': mutation<Customer & NumberReplaced>()(
    customerCreateInput,
    'Create a customer card; the code is assigned when omitted',
  ),
  'customers/update': mutation<Customer>()(customerUpdateInput, 'Change some fields of a customer card'),
  'customers/get': query<Customer>()(customerRefInput, 'Read one customer card by id or code'),
  'customers/list': query<CustomerPage>()(customerListInput, 'Search and page through customers (keyset paging)', {
    fresh: ['riskSegments', 'customerFigures'],
  }),
  'customers/archive': mutation<Customer>()(customerArchiveInput, 'Archive (archived: true) or unarchive a customer'),
  'customers/suggest-code': query<{ code: string }>()(z.object({}).strict(), 'Propose the next free customer code'),
  // Views of one customer computed by the ledger's domains (their handlers live with them: reports, collections).
  'customers/risk': query<CustomerRisk>()(
    z.object({ id: idSchema }).strict(),
    "A customer's risk segment (A–D) from payment behaviour, with the figures that explain it",
  ),
  'customers/account': query<CustomerAccount>()(
    customerAccountInput,
    "A customer's balance, overdue amount, aging and credit-limit use per currency",
  ),
  'customers/timeline': query<TimelinePage>()(timelineInput, "Everything that happened on a customer's account, newest first", {
    fresh: ['planStatus'],
  }),
};
