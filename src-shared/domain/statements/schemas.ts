import { z } from 'zod';
import { LANGUAGES } from '../../i18n/language';
import { CURRENCIES } from '../../money/currency';
import { businessDateSchema, idSchema } from '../common/schemas';

export const DOCUMENT_KINDS = ['statement', 'reconciliation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const RISK_SEGMENTS = ['A', 'B', 'C', 'D'] as const;
export const BATCH_BALANCES = ['nonzero', 'positive', 'any'] as const;
export const BATCH_LAYOUTS = ['files', 'combined'] as const;

/**
 * What goes in one document. A statement covers `from`..`to`; a reconciliation letter states the balance
 * on `to`. Omitted dates: the start of this year and today; omitted language: the app's language.
 */
export const documentOptionsSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS).default('statement'),
    from: businessDateSchema.optional(),
    to: businessDateSchema.optional(),
    language: z.enum(LANGUAGES).optional(),
    /** Open items only (açık kalemler ekstresi): what is still owed on `to`, not every movement. */
    openItemsOnly: z.boolean().default(false),
  })
  .strict();

/** A file or folder on this computer. Accepted from the command line only; the app asks the host instead. */
export const outputSchema = z.string().trim().min(1).max(1000);
/** Chosen by the caller so it can cancel a batch before the call returns. */
export const jobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'validation.invalid' });

export const statementRenderInput = documentOptionsSchema.extend({ customerId: idSchema }).strict();

export const statementExportInput = documentOptionsSchema
  .extend({ customerId: idSchema, output: outputSchema.optional() })
  .strict();

export const batchFilterSchema = z
  .object({
    balance: z.enum(BATCH_BALANCES).default('nonzero'),
    overdueOnly: z.boolean().default(false),
    segments: z.array(z.enum(RISK_SEGMENTS)).max(4).optional(),
    currency: z.enum(CURRENCIES).optional(),
    customerIds: z.array(idSchema).min(1).max(100_000).optional(),
  })
  .strict();

export const statementBatchInput = documentOptionsSchema
  .extend({
    filter: batchFilterSchema.default({ balance: 'nonzero', overdueOnly: false }),
    layout: z.enum(BATCH_LAYOUTS).default('files'),
    jobId: jobIdSchema.optional(),
    output: outputSchema.optional(),
  })
  .strict();

export type DocumentOptions = z.output<typeof documentOptionsSchema>;
export type StatementBatchInput = z.input<typeof statementBatchInput>;
export type BatchFilter = z.output<typeof batchFilterSchema>;
