import { z } from 'zod';
import { action, mutation, query } from '../../contract/method';
import { idSchema } from '../common/schemas';
import {
  creditNoteCreateInput,
  paymentAllocateInput,
  paymentListInput,
  paymentRecordInput,
  paymentReverseInput,
} from './schemas';
import type { Payment, PaymentPage } from './types';
import { recordDocumentExportInput, recordDocumentInput } from '../statements/record-document';
import type { ExportResult, RenderedDocument } from '../statements/types';

export const paymentsContract = {
  'payments/record': mutation<Payment>()(paymentRecordInput, 'Record a payment received and allocate it (auto, none or by hand)'),
  'payments/reverse': mutation<Payment>()(paymentReverseInput, 'Reverse a wrong payment or credit note; history keeps both'),
  'payments/allocate': mutation<Payment>()(paymentAllocateInput, "Apply a payment's or credit note's unallocated rest"),
  'payments/get': query<Payment>()(z.object({ id: idSchema }).strict(), 'Read one payment or credit note with its allocations'),
  'payments/list': query<PaymentPage>()(paymentListInput, "Payments and credit notes, newest first (one customer's or all)"),
  // Rendering only reads; saving writes a file, an action, as the statements' export is.
  'payments/receipt-pdf': query<RenderedDocument>()(
    recordDocumentInput,
    'A collection receipt (tahsilat makbuzu) for a payment: amount in figures and words, invoices settled, cheque details',
  ),
  'payments/export-receipt-pdf': action<ExportResult>()(
    recordDocumentExportInput,
    "Save a payment's collection receipt as a PDF file (output: CLI only)",
    { outside: ['files'], detail: 'Writes one PDF through the document host (or to `output` from the CLI).', storeWrites: false },
  ),
  'credit-notes/create': mutation<Payment>()(creditNoteCreateInput, 'Issue a credit note that reduces what a customer owes'),
};
