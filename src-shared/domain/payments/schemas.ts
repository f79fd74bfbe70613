import { z } from 'zod';
import {
  businessDateSchema,
  currencySchema,
  documentNumberSchema,
  idSchema,
  minorAmountSchema,
  noteSchema,
} from '../common/schemas';

export const PAYMENT_METHODS = ['cash', 'bank_transfer', 'card', 'cheque', 'promissory_note', 'other'] as const;

export const manualAllocationInput = z.object({ invoiceId: idSchema, amount: minorAmountSchema }).strict();

/** 'auto': oldest due first; 'none': keep it all as the customer's credit; or a list by hand. */
export const allocationChoice = z
  .union([z.literal('auto'), z.literal('none'), z.array(manualAllocationInput).min(1).max(500)])
  .default('auto');

export const paymentRecordInput = z
  .object({
    customerId: idSchema,
    date: businessDateSchema,
    currency: currencySchema.default('TRY'),
    amount: minorAmountSchema,
    method: z.enum(PAYMENT_METHODS),
    reference: z.string().trim().max(120, { error: 'validation.tooLong' }).default(''),
    note: noteSchema(),
    allocate: allocationChoice,
  })
  .strict();

export const paymentReverseInput = z
  .object({
    id: idSchema,
    reason: z.string().trim().min(3, { error: 'validation.tooShort' }).max(500, { error: 'validation.tooLong' }),
  })
  .strict();

/** Applies a payment's or credit note's unallocated rest later. */
export const paymentAllocateInput = z
  .object({ id: idSchema, allocate: allocationChoice, date: businessDateSchema.optional() })
  .strict();

export const creditNoteCreateInput = z
  .object({
    customerId: idSchema,
    number: documentNumberSchema.optional(),
    date: businessDateSchema,
    currency: currencySchema.default('TRY'),
    amount: minorAmountSchema,
    /** The invoice it corrects; the credit goes to that invoice first. */
    invoiceId: idSchema.optional(),
    note: noteSchema(),
    allocate: allocationChoice,
  })
  .strict();

export type PaymentRecord = z.output<typeof paymentRecordInput>;
export type CreditNoteCreate = z.output<typeof creditNoteCreateInput>;
export type AllocationChoice = z.output<typeof allocationChoice>;
export type ManualAllocation = z.output<typeof manualAllocationInput>;

export const paymentListInput = z
  .object({
    customerId: idSchema.optional(),
    kind: z.enum(['payment', 'credit_note']).optional(),
    /** Reversed ones are listed too (struck through in the UI) unless this is false. */
    includeReversed: z.boolean().default(true),
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export type PaymentListQuery = z.output<typeof paymentListInput>;
