import { z } from 'zod';
import { action, mutation, query } from '../../contract/method';
import { currencySchema, idSchema } from '../common/schemas';
import { planCreateInput, planListInput, planProposeInput, planReplanInput, planSettingsInput } from './schemas';
import type { CoverableInvoice, PaymentPlan, PlanPage, PlanProposal, PlanSettings } from './types';
import { recordDocumentExportInput, recordDocumentInput } from '../statements/record-document';
import type { ExportResult, RenderedDocument } from '../statements/types';

const byId = z.object({ id: idSchema }).strict();

export const plansContract = {
  'plans/propose': query<PlanProposal>()(
    planProposeInput,
    'Propose an instalment schedule (equal split, optional down payment, interest and business-day moves); saves nothing',
  ),
  'plans/create': mutation<PaymentPlan>()(
    planCreateInput,
    "Put invoices (or a customer's whole overdue balance in one currency) on an instalment plan",
  ),
  'plans/get': query<PaymentPlan>()(byId, 'One plan with its invoices and instalments (paid, partly paid, due, late)', {
    fresh: ['planStatus'],
  }),
  'plans/list': query<PlanPage>()(planListInput, 'Plans by customer and/or status, newest first', { fresh: ['planStatus'] }),
  'plans/cancel': mutation<PaymentPlan>()(byId, 'Cancel an active or broken plan; its invoices fall back to their own due dates'),
  'plans/replan': mutation<PaymentPlan>()(
    planReplanInput,
    'Re-plan what is left of an active or broken plan: the old one becomes replanned, a new one covers the rest',
  ),
  'plans/open-invoices': query<CoverableInvoice[]>()(
    z.object({ customerId: idSchema, currency: currencySchema.default('TRY') }).strict(),
    "A customer's open invoices in one currency, oldest due first, each with the live plan holding it (at most 500)",
  ),
  'plans/settings': query<PlanSettings>()(z.object({}).strict(), 'Plan settings (grace days before a late plan is broken)'),
  'plans/update-settings': mutation<PlanSettings>()(planSettingsInput, 'Change the plan settings'),
  // Rendering only reads; saving writes a file, an action, as the statements' export is.
  'plans/schedule-pdf': query<RenderedDocument>()(
    recordDocumentInput,
    "A plan's printable schedule (customer, instalments, both parties' signatures) as a PDF (base64, for a preview)",
  ),
  'plans/export-schedule-pdf': action<ExportResult>()(
    recordDocumentExportInput,
    "Save a plan's printable schedule as a PDF file (output: CLI only)",
    { outside: ['files'], detail: 'Writes one PDF through the document host (or to `output` from the CLI).', storeWrites: false },
  ),
};
