import { z } from 'zod';
import { isValidIban, normalizeIban } from '../../validation/iban';
import { decodeBase64, imageInfo } from '../../validation/image';
import { isValidTckn, isValidVkn } from '../../validation/tax-id';
import { CURRENCIES } from '../../money/currency';
import { nameSchema } from '../common/schemas';
import { emailSchema, phoneSchema } from '../customers/schemas';

/** Largest logo accepted: the app scales a picked image down before sending it, the CLI may not. */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_SIDE = 2000;
/** Longest side the app scales a picked logo to: sharp at the 60 mm the PDF gives it. */
export const LOGO_TARGET_SIDE = 600;

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' }).default('');

/** The company's own tax id: a 10-digit VKN, or an 11-digit TCKN for a sole trader. Required. */
export const companyTaxIdSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .superRefine((v, ctx) => {
    if (v === '') ctx.addIssue({ code: 'custom', message: 'validation.required' });
    else if (!/^\d{10,11}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'validation.taxId.format' });
    else if (v.length === 10 && !isValidVkn(v)) ctx.addIssue({ code: 'custom', message: 'validation.taxId.vkn' });
    else if (v.length === 11 && !isValidTckn(v)) ctx.addIssue({ code: 'custom', message: 'validation.taxId.tckn' });
  });

export const ibanSchema = z
  .string()
  .transform(normalizeIban)
  .refine((v) => v !== '', { error: 'validation.required' })
  .refine((v) => v === '' || isValidIban(v), { error: 'validation.iban' });

export const bankAccountSchema = z
  .object({
    bank: z.string().trim().min(2, { error: 'validation.tooShort' }).max(120, { error: 'validation.tooLong' }),
    branch: text(120),
    iban: ibanSchema,
    currency: z.enum(CURRENCIES).default('TRY'),
  })
  .strict();

export const websiteSchema = text(200).refine(
  (v) => v === '' || /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(v),
  {
    error: 'validation.website',
  },
);

/** A PNG or JPEG, base64; the bytes are checked, not the name. */
export const logoSchema = z
  .object({ dataBase64: z.string().max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 4, { error: 'validation.logo.size' }) })
  .strict()
  .superRefine((logo, ctx) => {
    const bytes = decodeBase64(logo.dataBase64);
    const info = bytes && imageInfo(bytes);
    if (!bytes || !info) ctx.addIssue({ code: 'custom', message: 'validation.logo.type' });
    else if (bytes.length > LOGO_MAX_BYTES) ctx.addIssue({ code: 'custom', message: 'validation.logo.size' });
    else if (info.width < 1 || info.height < 1 || info.width > LOGO_MAX_SIDE || info.height > LOGO_MAX_SIDE) {
      ctx.addIssue({ code: 'custom', message: 'validation.logo.dimensions' });
    }
  });

export const companyProfileInput = z
  .object({
    title: nameSchema(250, 2),
    taxId: companyTaxIdSchema,
    taxOffice: text(120),
    address: text(500),
    phone: phoneSchema,
    email: emailSchema,
    website: websiteSchema,
    logo: logoSchema.nullable().default(null),
    bankAccounts: z.array(bankAccountSchema).max(10, { error: 'validation.tooMany' }).default([]),
    signatureText: text(300),
    statementNote: text(1000),
    /** Empty: the default TTK 94/1 wording in the document's language. */
    reconciliationText: text(2000),
  })
  .strict();

export type CompanyProfileInput = z.input<typeof companyProfileInput>;
export type CompanyProfileUpdate = z.output<typeof companyProfileInput>;
export type BankAccount = z.output<typeof bankAccountSchema>;

export interface CompanyProfile extends Omit<CompanyProfileUpdate, 'logo'> {
  logo: { dataBase64: string; mimeType: 'image/png' | 'image/jpeg'; width: number; height: number } | null;
  /** False until the profile was saved once: documents then carry no company header. */
  configured: boolean;
}
