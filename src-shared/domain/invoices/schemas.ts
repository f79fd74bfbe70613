import { z } from 'zod';
import {
  businessDateSchema,
  currencySchema,
  documentNumberSchema,
  idSchema,
  MAX_MINOR,
  minorAmountSchema,
  nameSchema,
  noteSchema,
} from '../common/schemas';
import { lineAmountsWithin, lineInputOf, PERCENT_SCALE, QUANTITY_SCALE, toScaled, VAT_RATES } from './line-math';

export const INVOICE_STATUSES = ['open', 'partially_paid', 'paid', 'overdue', 'disputed', 'written_off'] as const;
export const INVOICE_SORTS = ['issue_desc', 'due_asc', 'amount_desc', 'number'] as const;

export const invoiceLineInput = z
  .object({
    description: nameSchema(500),
    quantity: z
      .number()
      .positive({ error: 'validation.positive' })
      .max(1_000_000_000)
      .refine((q) => toScaled(q, QUANTITY_SCALE) !== null, { error: 'validation.quantityDecimals' }),
    unitPrice: z.number().int({ error: 'validation.minorUnits' }).min(0).max(1_000_000_000_000),
    vatRate: z.union(
      VAT_RATES.map((r) => z.literal(r)),
      { error: 'validation.oneOf' },
    ),
    discountPercent: z
      .number()
      .min(0)
      .max(100)
      .refine((p) => toScaled(p, PERCENT_SCALE) !== null, { error: 'validation.percentDecimals' })
      .default(0),
  })
  .strict()
  .superRefine((line, ctx) => {
    const input = lineInputOf(line);
    // The line as a whole: its quantity, price and discount together make the amount.
    if (input && !lineAmountsWithin(input, MAX_MINOR))
      ctx.addIssue({ code: 'custom', path: [], message: 'validation.lineTooLarge' });
  });

const ettnSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'validation.ettn' });

const invoiceBody = {
  issueDate: businessDateSchema,
  /** Defaults to the issue date plus the customer's payment terms. */
  dueDate: businessDateSchema.optional(),
  currency: currencySchema.default('TRY'),
  /** Either lines (amounts computed) or a single total for an invoice made elsewhere. */
  lines: z.array(invoiceLineInput).min(1).max(500).optional(),
  total: minorAmountSchema.optional(),
  ettn: ettnSchema.optional(),
  notes: noteSchema(),
};

type Body = {
  issueDate?: string | undefined;
  dueDate?: string | undefined;
  lines?: readonly InvoiceLineCreate[] | undefined;
  total?: unknown;
};

/** Lines must come to what a single total may be: more than zero (a free line is fine beside others), at most MAX_MINOR. */
function checkLinesTotal(lines: readonly InvoiceLineCreate[], ctx: z.RefinementCtx): void {
  let total = 0;
  for (const line of lines) {
    const input = lineInputOf(line);
    const amounts = input && lineAmountsWithin(input, MAX_MINOR);
    if (!amounts) return; // the line itself is refused
    total += amounts.total;
  }
  if (total === 0) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'validation.invoiceTotalZero' });
  else if (total > MAX_MINOR) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'validation.invoiceTotalTooLarge' });
}

function checkBody(value: Body, ctx: z.RefinementCtx, partial: boolean): void {
  const hasLines = value.lines !== undefined;
  const hasTotal = value.total !== undefined;
  if (hasLines && hasTotal) ctx.addIssue({ code: 'custom', path: ['total'], message: 'validation.linesOrTotal' });
  if (!partial && !hasLines && !hasTotal) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'validation.linesOrTotal' });
  if (Array.isArray(value.lines) && value.lines.length > 0) checkLinesTotal(value.lines, ctx);
  if (value.issueDate && value.dueDate && value.dueDate < value.issueDate) {
    ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'validation.dueBeforeIssue' });
  }
}

export const invoiceCreateInput = z
  .object({
    customerId: idSchema,
    number: documentNumberSchema.optional(),
    /** The next number the form showed; when `number` is still it and it was taken meanwhile, the next free one is used. */
    suggestedNumber: documentNumberSchema.optional(),
    ...invoiceBody,
  })
  .strict()
  .superRefine((v, ctx) => checkBody(v, ctx, false));

/** Only while nothing is allocated to it (else: a credit note). Omitted fields keep their value. */
export const invoiceUpdateInput = z
  .object({
    id: idSchema,
    version: idSchema.optional(),
    number: documentNumberSchema.optional(),
    issueDate: businessDateSchema.optional(),
    dueDate: businessDateSchema.optional(),
    currency: currencySchema.optional(),
    lines: invoiceBody.lines,
    total: invoiceBody.total,
    ettn: ettnSchema.nullable().optional(),
    notes: z.string().trim().max(2000, { error: 'validation.tooLong' }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => checkBody(v, ctx, true));

export const invoiceWriteOffInput = z
  .object({
    id: idSchema,
    reason: z.string().trim().min(3, { error: 'validation.tooShort' }).max(500, { error: 'validation.tooLong' }),
    date: businessDateSchema.optional(),
  })
  .strict();

export const invoiceListInput = z
  .object({
    search: z.string().max(200).default(''),
    status: z.enum(INVOICE_STATUSES).optional(),
    /** Only invoices with something still open (any status but paid and written off). */
    openOnly: z.boolean().default(false),
    /**
     * Only invoices issued by that day with something still owed at its end (an aging report's bucket).
     * A past day is rebuilt from the allocations' dates, like the aging report; amounts shown stay today's.
     */
    openOn: businessDateSchema.optional(),
    customerId: idSchema.optional(),
    currency: currencySchema.optional(),
    issuedFrom: businessDateSchema.optional(),
    issuedTo: businessDateSchema.optional(),
    dueFrom: businessDateSchema.optional(),
    dueTo: businessDateSchema.optional(),
    minTotal: z.number().int().min(0).optional(),
    maxTotal: z.number().int().min(0).optional(),
    sort: z.enum(INVOICE_SORTS).default('issue_desc'),
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(2000).optional(),
    /** The day "overdue" is judged on; defaults to today. */
    today: businessDateSchema.optional(),
  })
  .strict();

export type InvoiceCreate = z.output<typeof invoiceCreateInput>;
export type InvoiceUpdate = z.output<typeof invoiceUpdateInput>;
export type InvoiceLineCreate = z.output<typeof invoiceLineInput>;
export type InvoiceListQuery = z.output<typeof invoiceListInput>;
