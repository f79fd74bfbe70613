import { z } from 'zod';
import { IMPORT_KINDS, SHEET_KINDS } from './fields';

/**
 * Where the file is: an upload made through `imports/upload` (the app's windows, Electron and browser alike),
 * or a path on this computer (the command line only).
 */
export const importSourceSchema = z
  .object({
    uploadId: z
      .string()
      .regex(/^[a-z0-9-]{8,64}$/)
      .optional(),
    path: z.string().min(1).max(4000).optional(),
  })
  .strict()
  .refine((s) => (s.uploadId === undefined) !== (s.path === undefined), { error: 'validation.importSource' });

/** Field → column index in the file (0-based); a field left out is not imported. */
export const columnMappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(500));

export const DUPLICATE_CHOICES = ['skip', 'update'] as const;

export const importUploadInput = z
  .object({
    /** Continue an upload (later chunks); without it a new upload starts. */
    uploadId: z
      .string()
      .regex(/^[a-z0-9-]{8,64}$/)
      .optional(),
    /** The file's own name, as a browser gives it: no folders, not '.' or '..'. */
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .refine((v) => !/[/\\\0]/.test(v) && v !== '.' && v !== '..', { error: 'import.error.fileName' }),
    /** A chunk of the file (base64); files larger than a request are sent in several chunks. */
    dataBase64: z.string().max(12 * 1024 * 1024),
  })
  .strict();

export const importInspectInput = z
  .object({ source: importSourceSchema, kind: z.enum(SHEET_KINDS).optional(), sheet: z.number().int().min(0).optional() })
  .strict();

export const importSheetInput = z
  .object({
    source: importSourceSchema,
    kind: z.enum(SHEET_KINDS),
    mapping: columnMappingSchema.optional(),
    duplicates: z.enum(DUPLICATE_CHOICES).default('skip'),
    jobId: z.string().max(64).optional(),
  })
  .strict();

export const importEfaturaInput = z.object({ source: importSourceSchema, jobId: z.string().max(64).optional() }).strict();

export const importCancelInput = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const importKindSchema = z.enum(IMPORT_KINDS);

export type ImportSource = z.output<typeof importSourceSchema>;
export type ColumnMapping = z.output<typeof columnMappingSchema>;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];
export type ImportSheetArgs = z.output<typeof importSheetInput>;
