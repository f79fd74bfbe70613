import { z } from 'zod';
import { businessDateSchema, currencySchema, idSchema, minorAmountSchema, noteSchema } from '../common/schemas';

/** What the collector did: called (with an outcome), sent the prepared WhatsApp/SMS, sent a letter or visited. */
export const TODAY_ACTIONS = ['call', 'whatsapp', 'sms', 'letter', 'visit'] as const;
export type TodayAction = (typeof TODAY_ACTIONS)[number];
export const TODAY_CALL_OUTCOMES = ['reached', 'promised', 'disputed', 'no_answer'] as const;
export type TodayCallOutcome = (typeof TODAY_CALL_OUTCOMES)[number];

export const todayListInput = z
  .object({
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

/** A row is a reminder task (`taskId`) or a customer without one (broken promise, overdue). */
const rowRef = { customerId: idSchema, taskId: idSchema.optional() };

export const todayCompleteInput = z
  .object({
    ...rowRef,
    action: z.enum(TODAY_ACTIONS),
    /** A call's outcome; "promised" needs `promise`. */
    outcome: z.enum(TODAY_CALL_OUTCOMES).optional(),
    promise: z
      .object({ amount: minorAmountSchema, currency: currencySchema.default('TRY'), promisedDate: businessDateSchema })
      .strict()
      .optional(),
    note: noteSchema(),
  })
  .strict()
  .refine((v) => v.action !== 'call' || v.outcome !== undefined, { path: ['outcome'], error: 'validation.required' })
  .refine((v) => v.outcome !== 'promised' || v.promise !== undefined, { path: ['promise'], error: 'validation.required' });

export const todaySkipInput = z.object(rowRef).strict();
