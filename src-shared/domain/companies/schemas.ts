import { z } from 'zod';
import { nameSchema } from '../common/schemas';

export const companyIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'validation.invalid' });
export const companyNameSchema = nameSchema(120, 2);

export const companyCreateInput = z.object({ name: companyNameSchema }).strict();
/** The demo company: its name in the company list (a translated default without one). */
export const companyDemoInput = z.object({ name: companyNameSchema.optional() }).strict();
export const companyOpenInput = z.object({ id: companyIdSchema }).strict();
export const companyRenameInput = z.object({ id: companyIdSchema, name: companyNameSchema }).strict();
export const companyImportInput = z
  .object({
    name: companyNameSchema,
    /** The file to copy in (CLI only; the app asks with the system's open dialog). */
    path: z.string().max(2000).optional(),
    password: z.string().max(200).optional(),
    /** Switch to the new company once it is copied in. */
    open: z.boolean().default(true),
  })
  .strict();

/** A company file path (CLI only) or a `postgres://` URL. */
const companyLocation = z.string().trim().min(1, { error: 'validation.required' }).max(2000, { error: 'validation.tooLong' });
export const companyCopyInput = z
  .object({
    /** Where the company is copied from; without it, the open company. */
    from: companyLocation.optional(),
    to: companyLocation,
  })
  .strict();

export type CompanyCreateInput = z.input<typeof companyCreateInput>;
export type CompanyRenameInput = z.input<typeof companyRenameInput>;
