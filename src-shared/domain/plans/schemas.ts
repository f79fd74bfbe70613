import { z } from 'zod';
import { businessDateSchema, currencySchema, idSchema, MAX_MINOR, minorAmountSchema, noteSchema } from '../common/schemas';

export const PLAN_STATUSES = ['active', 'completed', 'broken', 'replanned', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const MAX_INSTALMENTS = 120;

const rateSchema = z.number().int({ error: 'validation.percentDecimals' }).min(0).max(100_000);
const countSchema = z.number().int().min(1, { error: 'validation.positive' }).max(MAX_INSTALMENTS, { error: 'plans.tooMany' });

/** How the instalments follow each other: on a day of every month, every N weeks, or on dates the user gives. */
export const frequencySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }).strict(),
  z.object({ kind: z.literal('weekly'), every: z.number().int().min(1).max(52) }).strict(),
  z.object({ kind: z.literal('custom'), dates: z.array(businessDateSchema).max(MAX_INSTALMENTS) }).strict(),
]);
export type PlanFrequency = z.output<typeof frequencySchema>;

/** The parameters of a proposed schedule (plans/propose is pure: no customer, nothing saved). */
export const planProposeInput = z
  .object({
    /** What the plan covers, before interest. */
    principal: minorAmountSchema,
    downPayment: z.number().int({ error: 'validation.minorUnits' }).min(0).max(MAX_MINOR).default(0),
    count: countSchema,
    frequency: frequencySchema,
    /** The down payment's day; the first instalment's too when there is none. */
    startDate: businessDateSchema,
    /** Simple yearly interest (vade farkı) in basis points: 2,5 % = 250. */
    interestRateBp: rateSchema.default(0),
    moveToBusinessDay: z.boolean().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.downPayment >= v.principal)
      ctx.addIssue({ code: 'custom', path: ['downPayment'], message: 'plans.downPaymentTooLarge' });
    // Every instalment must be at least one kuruş: 0,01 in 3 would propose 0,01 / 0 / 0, which no plan can save.
    else if (v.count > v.principal - v.downPayment)
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'plans.countAboveAmount', params: { max: v.principal - v.downPayment } });
    if (v.frequency.kind === 'custom' && v.frequency.dates.length !== v.count)
      ctx.addIssue({ code: 'custom', path: ['frequency', 'dates'], message: 'plans.customDatesCount' });
  });

export const planRowInput = z
  .object({
    kind: z.enum(['down_payment', 'instalment']).default('instalment'),
    dueDate: businessDateSchema,
    amount: minorAmountSchema,
  })
  .strict();

/** A schedule the user settled on (proposed, then edited): the rows are what is saved. */
const scheduleFields = {
  frequency: frequencySchema,
  startDate: businessDateSchema,
  interestRateBp: rateSchema.default(0),
  /** The interest the proposal worked out (kept as proposed when rows are edited), booked as a vade farkı invoice. */
  interestAmount: z.number().int({ error: 'validation.minorUnits' }).min(0).max(MAX_MINOR).default(0),
  rows: z
    .array(planRowInput)
    .min(1, { error: 'plans.noRows' })
    .max(MAX_INSTALMENTS + 1, { error: 'plans.tooMany' }),
  note: noteSchema(),
};

export const planCreateInput = z
  .object({
    customerId: idSchema,
    currency: currencySchema.default('TRY'),
    /** `invoices`: the listed ones; `overdue`: every overdue open invoice of the customer in the currency. */
    scope: z.enum(['invoices', 'overdue']).default('invoices'),
    invoiceIds: z.array(idSchema).max(500).default([]),
    ...scheduleFields,
  })
  .strict();

export const planReplanInput = z.object({ id: idSchema, ...scheduleFields }).strict();

export const planListInput = z
  .object({
    customerId: idSchema.optional(),
    status: z.enum(PLAN_STATUSES).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const planSettingsInput = z
  .object({ graceDays: z.number().int().min(0, { error: 'validation.positive' }).max(365, { error: 'plans.graceTooLong' }) })
  .strict();

export type PlanProposeInput = z.output<typeof planProposeInput>;
export type PlanCreateInput = z.output<typeof planCreateInput>;
export type PlanReplanInput = z.output<typeof planReplanInput>;
export type PlanRowInput = z.output<typeof planRowInput>;
