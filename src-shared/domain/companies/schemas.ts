import { z } from 'zod';
import { nameSchema } from '../common/schemas';
import { serverConnectionSchema } from './server-schemas';

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

/** A server connection; with `id`, a server company saved on this PC (its saved password when none is typed). */
export const serverTargetSchema = serverConnectionSchema.extend({ id: companyIdSchema.optional() }).strict();
export const companyTestServerInput = serverTargetSchema;
export const companyOpenServerInput = serverTargetSchema.extend({ name: companyNameSchema.optional() }).strict();
export const companyServerSettingsInput = z.object({ id: companyIdSchema }).strict();
export type ServerTargetInput = z.input<typeof serverTargetSchema>;

/** A company file path (CLI only) or a `postgres://` URL. */
const companyLocation = z.string().trim().min(1, { error: 'validation.required' }).max(2000, { error: 'validation.tooLong' });
export const companyCopyInput = z
  .object({
    /** Where the company is copied from; without it, the open company. */
    from: companyLocation.optional(),
    /** A file path (CLI only) or a `postgres://` URL; or one of the two below (the app's windows). */
    to: companyLocation.optional(),
    /**
     * A server database, saved on this PC as a server company once the copy is checked, under `name` (without one:
     * the source's name marked "(sunucu)", so the menu never lists two companies of the same name).
     */
    toServer: serverTargetSchema.extend({ name: companyNameSchema.optional() }).strict().optional(),
    /** A new company file in the data folder, under this name. */
    toCompany: z.object({ name: companyNameSchema }).strict().optional(),
    /** Names the `companies/copy-progress` events of this copy. */
    jobId: z.string().max(64).optional(),
  })
  .strict()
  .refine((input) => [input.to, input.toServer, input.toCompany].filter((end) => end !== undefined).length === 1, {
    error: 'validation.required',
    path: ['to'],
  });

export type CompanyCreateInput = z.input<typeof companyCreateInput>;
export type CompanyRenameInput = z.input<typeof companyRenameInput>;
