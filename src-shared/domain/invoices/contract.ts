import type { NumberReplaced } from '../common/number-replaced';
import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { businessDateSchema, idSchema } from '../common/schemas';
import { invoiceCreateInput, invoiceListInput, invoiceUpdateInput, invoiceWriteOffInput } from './schemas';
import type { CurrencyTotals, Invoice, InvoicePage } from './types';

export const invoicesContract = {
  'invoices/create': mutation<Invoice & NumberReplaced>()(
    invoiceCreateInput,
    'Create an invoice from lines or a single total; amounts in minor units',
  ),
  'invoices/update': mutation<Invoice>()(invoiceUpdateInput, 'Change an invoice while nothing is allocated to it'),
  'invoices/get': query<Invoice>()(z.object({ id: idSchema }).strict(), 'Read one invoice with its lines and allocations'),
  'invoices/list': query<InvoicePage>()(
    invoiceListInput,
    'Filter, search and page through all invoices, with totals per currency',
  ),
  'invoices/totals': query<CurrencyTotals[]>()(
    invoiceListInput,
    'Count, total and open amount per currency of the invoices a list filter selects (paging fields ignored)',
  ),
  'invoices/write-off': mutation<Invoice>()(invoiceWriteOffInput, 'Write off what is still open on an invoice, with a reason'),
  'invoices/suggest-number': query<{ number: string }>()(
    z.object({ issueDate: businessDateSchema.optional() }).strict(),
    'Propose the next free invoice number',
  ),
};
