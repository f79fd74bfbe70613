import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { customerArchiveInput, customerCreateInput, customerListInput, customerRefInput, customerUpdateInput } from './schemas';
import type { Customer, CustomerPage } from './types';

export const customersContract = {
  'customers/create': mutation<Customer>()(customerCreateInput, 'Create a customer card; the code is assigned when omitted'),
  'customers/update': mutation<Customer>()(customerUpdateInput, 'Change some fields of a customer card'),
  'customers/get': query<Customer>()(customerRefInput, 'Read one customer card by id or code'),
  'customers/list': query<CustomerPage>()(customerListInput, 'Search and page through customers (keyset paging)', {
    fresh: ['riskSegments', 'customerFigures'],
  }),
  'customers/archive': mutation<Customer>()(customerArchiveInput, 'Archive (archived: true) or unarchive a customer'),
  'customers/suggestCode': query<{ code: string }>()(z.object({}).strict(), 'Propose the next free customer code'),
};
