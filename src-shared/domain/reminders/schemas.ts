import { z } from 'zod';
import { LANGUAGES } from '../../i18n/language';
import { businessDateSchema, idSchema, nameSchema } from '../common/schemas';
import { REMINDER_CHANNELS, TEMPLATE_PLACEHOLDERS } from './types';

const SEGMENTS = ['A', 'B', 'C', 'D'] as const;

export const channelSchema = z.enum(REMINDER_CHANNELS);
export const templateCodeSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(40, { error: 'validation.tooLong' })
  .regex(/^[a-z0-9_]+$/, { error: 'validation.reminders.templateCode' });

export const reminderStepInput = z
  .object({
    id: idSchema.optional(),
    offsetDays: z
      .number()
      .int({ error: 'validation.reminders.offset' })
      .min(-365, { error: 'validation.reminders.offset' })
      .max(365, { error: 'validation.reminders.offset' }),
    channel: channelSchema,
    templateCode: templateCodeSchema,
    /** Only an email waits for approval; the other channels are a person's task anyway. */
    needsApproval: z.boolean().default(false),
    level: z.number().int().min(0).max(4),
    attachStatement: z.boolean().default(false),
  })
  .strict();

export const policySaveInput = z
  .object({
    id: idSchema.optional(),
    name: nameSchema(80, 2),
    steps: z.array(reminderStepInput).min(1, { error: 'validation.reminders.noSteps' }).max(30, { error: 'validation.tooMany' }),
    segments: z.array(z.enum(SEGMENTS)).default([]),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.steps.forEach((step, i) => {
      const key = `${step.offsetDays}:${step.channel}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'offsetDays'], message: 'validation.reminders.duplicateStep' });
      seen.add(key);
      if (step.offsetDays <= 0 && step.level > 0)
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'level'], message: 'validation.reminders.levelBeforeDue' });
    });
  });

const placeholderPattern = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g;

/** A template may only name placeholders that exist: a typo would otherwise go out to a customer. */
const templateText = (max: number) =>
  z
    .string()
    .max(max, { error: 'validation.tooLong' })
    .superRefine((text, ctx) => {
      for (const match of text.matchAll(placeholderPattern)) {
        if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(match[1]!)) {
          ctx.addIssue({ code: 'custom', message: 'validation.reminders.placeholder' });
          return;
        }
      }
    });

export const templateSaveInput = z
  .object({
    code: templateCodeSchema,
    language: z.enum(LANGUAGES),
    channel: channelSchema,
    subject: templateText(200).default(''),
    body: templateText(5000).refine((v) => v.trim() !== '', { error: 'validation.required' }),
  })
  .strict();

export const previewInput = z
  .object({
    customerId: idSchema,
    code: templateCodeSchema,
    language: z.enum(LANGUAGES),
    /** Unsaved edits to preview; without them the stored template. */
    subject: z.string().max(200).optional(),
    body: z.string().max(5000).optional(),
    today: businessDateSchema.optional(),
  })
  .strict();

export const runNowInput = z
  .object({
    /** The day to run for (tests, the CLI); today by default. */
    today: businessDateSchema.optional(),
    /**
     * Run even on a weekend or a closed day of the holiday list, which the scheduler and a plain run-now skip
     * (`vade call reminders/run-now '{"allowClosedDay":true}'`, or the app after the user confirms).
     */
    allowClosedDay: z.boolean().default(false),
  })
  .strict();

export const runsInput = z.object({ cursor: idSchema.optional(), limit: z.number().int().min(1).max(200).default(50) }).strict();

export const customerSettingsInput = z
  .object({
    customerId: idSchema,
    policyId: idSchema.nullable(),
    optedOut: z.boolean(),
    interestRateBp: z
      .number()
      .int()
      .min(0, { error: 'validation.reminders.rate' })
      .max(100000, { error: 'validation.reminders.rate' })
      .nullable(),
  })
  .strict();

export const interestRateInput = z
  .object({
    validFrom: businessDateSchema,
    annualRateBp: z
      .number()
      .int()
      .min(0, { error: 'validation.reminders.rate' })
      .max(100000, { error: 'validation.reminders.rate' }),
    note: z.string().trim().max(200, { error: 'validation.tooLong' }).default(''),
  })
  .strict();

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.reminders.time' });

export const scheduleInput = z
  .object({
    businessHoursStart: clock,
    businessHoursEnd: clock,
    /** A customer hears from us at most this often, unless the dunning level goes up. */
    minDaysBetween: z
      .number()
      .int({ error: 'validation.integer' })
      .min(0, { error: 'validation.min' })
      .max(30, { error: 'validation.max' })
      .default(3),
  })
  .strict()
  .refine((v) => v.businessHoursStart < v.businessHoursEnd, {
    path: ['businessHoursEnd'],
    error: 'validation.reminders.hoursOrder',
  });

export const DEFAULT_SCHEDULE = { businessHoursStart: '09:00', businessHoursEnd: '18:00', minDaysBetween: 3 } as const;

export type PolicySaveInput = z.input<typeof policySaveInput>;
export type TemplateSaveInput = z.input<typeof templateSaveInput>;
