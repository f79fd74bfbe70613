import { action, query } from '../../contract/method';
import { agingReportInput, collectionsReportInput } from './schemas';
import type { AgingReport, CollectionsReport, PaymentBehaviourReport } from './types';
import { z } from 'zod';
import type { ExportResult, RenderedDocument } from '../statements/types';
import { reportPdfInput } from './export-document';

export const reportsContract = {
  'reports/aging': query<AgingReport>()(agingReportInput, 'Aging per customer and currency as of a date, with totals'),
  'reports/collections': query<CollectionsReport>()(
    collectionsReportInput,
    'Payments received per month or week and per payment method over a date range, per currency',
  ),
  'reports/pdf': query<RenderedDocument>()(
    reportPdfInput,
    'A report table (as the screen exports it) as a PDF with the letterhead, in the app language (base64)',
  ),
  'reports/export-pdf': action<ExportResult>()(
    reportPdfInput,
    "The same PDF saved through the app: the save dialog on the desktop, the data folder's exports/ otherwise",
    {
      outside: ['files'],
      detail: 'Writes the PDF through the document host (a save dialog on the desktop, exports/ otherwise).',
      storeWrites: false,
    },
  ),
  'reports/payment-behaviour': query<PaymentBehaviourReport>()(
    z.object({}).strict(),
    'Per customer: invoices paid, amount-weighted days late, share paid late, overdue now and risk segment',
    { fresh: ['riskSegments'] },
  ),
};
