import { z } from 'zod';
import { businessDateSchema, currencySchema, idSchema, minorAmountSchema, noteSchema } from '../common/schemas';

export const DISPUTE_REASONS = ['price', 'quantity', 'quality', 'not_received', 'duplicate', 'terms', 'other'] as const;
export const ACTIVITY_KINDS = ['note', 'call', 'email', 'meeting', 'letter', 'sms', 'whatsapp'] as const;
export const CALL_OUTCOMES = ['reached', 'no_answer', 'promised', 'disputed', 'wrong_number', 'other'] as const;

export const disputeOpenInput = z
  .object({
    invoiceId: idSchema,
    reason: z.enum(DISPUTE_REASONS),
    /** The disputed part, at most the invoice's open amount. */
    amount: minorAmountSchema,
    note: noteSchema(),
    date: businessDateSchema.optional(),
  })
  .strict();

export const disputeResolveInput = z
  .object({
    id: idSchema,
    outcome: z.enum(['accepted', 'rejected']),
    note: noteSchema(),
    /** Accepted: the credit note's amount (defaults to the disputed amount, capped at what is open). */
    creditAmount: minorAmountSchema.optional(),
    date: businessDateSchema.optional(),
  })
  .strict();

export const promiseCreateInput = z
  .object({
    customerId: idSchema,
    currency: currencySchema.default('TRY'),
    amount: minorAmountSchema,
    promisedDate: businessDateSchema,
    note: noteSchema(),
    madeOn: businessDateSchema.optional(),
  })
  .strict();

export const activityLogInput = z
  .object({
    customerId: idSchema,
    kind: z.enum(ACTIVITY_KINDS),
    summary: z.string().trim().min(1, { error: 'validation.required' }).max(300, { error: 'validation.tooLong' }),
    body: noteSchema(5000),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    invoiceId: idSchema.optional(),
    /** When it happened (ISO time); defaults to now. */
    occurredAt: z.iso.datetime({ offset: true, error: 'validation.date' }).optional(),
  })
  .strict();

export const timelineInput = z
  .object({ id: idSchema, limit: z.number().int().min(1).max(200).default(50), cursor: z.string().max(2000).optional() })
  .strict();

export type DisputeReason = (typeof DISPUTE_REASONS)[number];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
