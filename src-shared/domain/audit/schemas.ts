import { z } from 'zod';
import { businessDateSchema, idSchema } from '../common/schemas';

/** The kinds of record whose changes the audit log keeps. */
export const AUDIT_ENTITIES = [
  'customer',
  'invoice',
  'payment',
  'credit_note',
  'dispute',
  'promise',
  'activity',
  'cheque',
  'plan',
  'instalment',
  'reminder_policy',
  'reminder_email',
  'company',
  'settings',
  'interest_rate',
  'outbox_message',
  'import',
  'holiday',
  'reminder_template',
  'bank_statement',
  'bank_line',
  'customer_iban',
] as const;

export const auditListInput = z
  .object({
    entity: z.enum(AUDIT_ENTITIES).optional(),
    /** One record's history; needs `entity`. */
    entityId: idSchema.optional(),
    /** Business days on this computer's calendar, both included. */
    from: businessDateSchema.optional(),
    to: businessDateSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.entityId !== undefined && v.entity === undefined)
      ctx.addIssue({ code: 'custom', path: ['entity'], message: 'validation.required' });
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.invalid' });
  });

export type AuditListQuery = z.output<typeof auditListInput>;
