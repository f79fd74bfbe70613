import { z } from 'zod';
import { action } from '../../contract/method';
import { idSchema } from '../common/schemas';

export const exportFormatSchema = z.enum(['csv', 'xlsx']);

const target = {
  format: exportFormatSchema.default('csv'),
  /** Where to write (CLI only; the app asks with the save dialog or uses the exports folder). */
  output: z.string().max(2000).optional(),
};

export const exportListInput = z.object({ ...target, customerId: idSchema.optional() }).strict();
export const exportTimelineInput = z.object({ ...target, customerId: idSchema }).strict();
export const exportCompanyInput = z.object({ output: target.output }).strict();

export type ExportFileResult = { status: 'written'; path: string; rows: number } | { status: 'cancelled' };

// Exports write files, not the database: outside a transaction, streamed page by page from the database.
export const exportsContract = {
  'exports/customers': action<ExportFileResult>()(z.object(target).strict(), 'Every customer card as CSV or Excel', {
    outside: ['files'],
    detail: 'Writes a CSV or Excel file through the document host.',
    storeWrites: false,
  }),
  'exports/invoices': action<ExportFileResult>()(exportListInput, "Every invoice (or one customer's) as CSV or Excel", {
    outside: ['files'],
    detail: 'Writes a CSV or Excel file through the document host.',
    storeWrites: false,
  }),
  'exports/payments': action<ExportFileResult>()(
    exportListInput,
    "Every payment and credit note (or one customer's) as CSV or Excel",
    { outside: ['files'], detail: 'Writes a CSV or Excel file through the document host.', storeWrites: false },
  ),
  'exports/aging': action<ExportFileResult>()(exportListInput, 'Aging per customer and currency today as CSV or Excel', {
    outside: ['files'],
    detail: 'Writes a CSV or Excel file through the document host.',
    storeWrites: false,
  }),
  'exports/timeline': action<ExportFileResult>()(exportTimelineInput, "One customer's account timeline as CSV or Excel", {
    outside: ['files'],
    detail: 'Writes a CSV or Excel file through the document host.',
    storeWrites: false,
  }),
  'exports/company': action<ExportFileResult>()(
    exportCompanyInput,
    'For the accountant: a ZIP of customers, invoices, payments and aging as CSV plus a database backup',
    {
      outside: ['files', 'backups'],
      detail: 'Writes a ZIP (CSV files and an online-backup copy of the database) through the document host.',
      storeWrites: false,
    },
  ),
};
