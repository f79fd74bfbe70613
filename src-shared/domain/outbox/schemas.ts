import { z } from 'zod';
import { idSchema } from '../common/schemas';
import { LANGUAGES } from '../../i18n/language';

export const OUTBOX_STATUSES = ['awaiting_approval', 'queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** none: plain SMTP (a local relay); starttls: upgrade on port 587; tls: implicit TLS on port 465. */
export const SMTP_SECURITY = ['none', 'starttls', 'tls'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];

/** Why a message is not sent: the server refused it (5xx), it could not be reached, or a send was cut off. */
export const FAILURE_KINDS = ['permanent', 'transient', 'interrupted', 'configuration'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

const email = z.email({ error: 'validation.email' }).max(254, { error: 'validation.tooLong' });
const optionalEmail = z.union([z.literal(''), email]);

export const smtpSettingsInput = z
  .object({
    host: z.string().trim().min(1, { error: 'validation.required' }).max(253, { error: 'validation.tooLong' }),
    port: z
      .number({ error: 'validation.port' })
      .int({ error: 'validation.port' })
      .min(1, { error: 'validation.port' })
      .max(65535, { error: 'validation.port' }),
    security: z.enum(SMTP_SECURITY),
    user: z.string().trim().max(254, { error: 'validation.tooLong' }).default(''),
    /** Omitted: keep the stored password; '' removes it. Never sent back to the renderer. */
    password: z.string().max(512, { error: 'validation.tooLong' }).optional(),
    fromName: z.string().trim().max(120, { error: 'validation.tooLong' }).default(''),
    fromAddress: email,
    replyTo: optionalEmail.default(''),
  })
  .strict();
export type SmtpSettingsInput = z.input<typeof smtpSettingsInput>;

export const outboxListInput = z
  .object({
    status: z.enum(OUTBOX_STATUSES).optional(),
    customerId: idSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export const outboxIdInput = z.object({ id: idSchema }).strict();

export const outboxSendNowInput = z.object({}).strict();

export const outboxTestSendInput = z.object({ to: email }).strict();

export const outboxEnqueueManualInput = z
  .object({
    customerId: idSchema,
    /** Defaults to the customer's e-mail address (card, then contacts). */
    to: z.array(email).min(1, { error: 'validation.required' }).max(10).optional(),
    subject: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }).optional(),
    body: z.string().trim().max(10_000, { error: 'validation.tooLong' }).optional(),
    attachStatement: z.boolean().default(true),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type OutboxEnqueueManualInput = z.input<typeof outboxEnqueueManualInput>;
