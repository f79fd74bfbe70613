import { z } from 'zod';
import { isValidIban, normalizeIban } from '../../validation/iban';
import { idSchema, minorAmountSchema } from '../common/schemas';
import { columnMappingSchema, importSourceSchema } from '../import/schemas';
import { manualAllocationInput } from '../payments/schemas';

export const BANK_LINE_STATUSES = ['open', 'accepted', 'dismissed', 'debit'] as const;
export type BankLineStatus = (typeof BANK_LINE_STATUSES)[number];

/** Lines at or above this confidence are accepted by "accept all confident". */
export const CONFIDENT = 90;

export const bankIbanSchema = z
  .string()
  .transform(normalizeIban)
  .refine((v) => isValidIban(v), { error: 'validation.iban' });

/** Which columns of a bank's spreadsheet hold what; the rest is guessed or left out. */
export const BANK_SHEET_FIELDS = [
  'date',
  'description',
  'amount',
  'debit',
  'credit',
  'balance',
  'sender',
  'iban',
  'reference',
  'currency',
] as const;
export type BankSheetField = (typeof BANK_SHEET_FIELDS)[number];

export const bankInspectInput = z
  .object({ source: importSourceSchema, accountIban: bankIbanSchema.optional(), mapping: columnMappingSchema.optional() })
  .strict();

export const bankImportInput = z
  .object({ source: importSourceSchema, accountIban: bankIbanSchema, mapping: columnMappingSchema.optional() })
  .strict();

export const bankLinesInput = z
  .object({
    status: z.enum(BANK_LINE_STATUSES).default('open'),
    accountIban: bankIbanSchema.optional(),
    limit: z.number().int().min(1).max(500).default(200),
    cursor: z.string().max(200).optional(),
  })
  .strict();

/** One payment a line becomes: the whole line by default, or one part of a split. */
export const bankAcceptPart = z
  .object({
    customerId: idSchema,
    amount: minorAmountSchema,
    /** 'auto' oldest due first, 'none' kept as credit, or by hand; without it the matcher's proposal. */
    allocate: z.union([z.literal('auto'), z.literal('none'), z.array(manualAllocationInput).min(1).max(500)]).optional(),
  })
  .strict();

export const bankAcceptItem = z
  .object({
    lineId: idSchema,
    /** Without parts: the matched customer and the proposed allocation. Parts must add up to the line. */
    parts: z.array(bankAcceptPart).min(1).max(50).optional(),
  })
  .strict();

export const bankAcceptInput = z
  .object({
    items: z.array(bankAcceptItem).max(10_000).default([]),
    /** Also every open line at or above the confident threshold (of this account, when given). */
    allConfident: z.boolean().default(false),
    accountIban: bankIbanSchema.optional(),
  })
  .strict();

export const bankDismissInput = z.object({ lineIds: z.array(idSchema).min(1).max(10_000) }).strict();

export const bankProposalInput = z.object({ lineId: idSchema, customerId: idSchema }).strict();

export const customerIbanInput = z.object({ customerId: idSchema, iban: bankIbanSchema }).strict();
export const customerIbansInput = z.object({ customerId: idSchema }).strict();

export type BankInspectArgs = z.output<typeof bankInspectInput>;
export type BankImportArgs = z.output<typeof bankImportInput>;
export type BankLinesQuery = z.output<typeof bankLinesInput>;
export type BankAcceptArgs = z.output<typeof bankAcceptInput>;
export type BankAcceptPart = z.output<typeof bankAcceptPart>;
