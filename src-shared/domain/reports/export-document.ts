import { z } from 'zod';
import { currencySchema } from '../common/schemas';

/**
 * A report table as the exports write it (CSV, Excel, PDF): how each column's values are written — money in
 * minor units (major units with the currency's format), dates as YYYY-MM-DD, shares as 0–1 — then the rows
 * and the totals. The screen builds it once; every format writes the same figures.
 */
export const exportColumnKinds = ['text', 'integer', 'decimal', 'money', 'date', 'percent'] as const;

const exportCell = z.union([z.string().max(500), z.number().finite(), z.null()]);

export const exportColumnSchema = z
  .object({
    header: z.string().max(120),
    kind: z.enum(exportColumnKinds),
    /** For money: the currency of every value in the column (a column never mixes currencies). */
    currency: currencySchema.optional(),
    width: z.number().int().min(4).max(80).optional(),
  })
  .strict();

export const exportTableSchema = z
  .object({
    /** The sheet's name in Excel, the table's heading in a PDF. */
    title: z.string().max(120),
    columns: z.array(exportColumnSchema).min(1).max(16),
    rows: z.array(z.array(exportCell).max(16)).max(20_000),
    /** Written in bold under the rows. */
    totals: z.array(exportCell).max(16).optional(),
  })
  .strict();

export const exportDocumentSchema = z
  .object({
    /** The file's name without extension. */
    fileName: z.string().regex(/^[\w.-]{1,100}$/, { error: 'validation.invalid' }),
    tables: z.array(exportTableSchema).min(1).max(5),
  })
  .strict();

export const reportPdfInput = exportDocumentSchema
  .extend({ title: z.string().max(160), subtitle: z.string().max(300).default('') })
  .strict();

export type ExportColumnKind = (typeof exportColumnKinds)[number];
export type ExportCell = z.infer<typeof exportCell>;
export type ExportColumn = z.infer<typeof exportColumnSchema>;
export type ExportTable = z.infer<typeof exportTableSchema>;
export type ExportDocument = z.infer<typeof exportDocumentSchema>;
export type ReportPdfQuery = z.output<typeof reportPdfInput>;
