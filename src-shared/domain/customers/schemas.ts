import { z } from 'zod';
import { CURRENCIES } from '../../money/currency';
import { isValidTckn, isValidVkn } from '../../validation/tax-id';
import { nameSchema } from '../common/schemas';

export const CUSTOMER_KINDS = ['company', 'person'] as const;
export const CONTACT_CHANNELS = ['email', 'phone', 'whatsapp', 'sms', 'letter'] as const;
export const CONTACT_TOPICS = ['invoices', 'payments', 'statements', 'reminders', 'general'] as const;
export const CUSTOMER_STATUSES = ['active', 'archived', 'all'] as const;
export const CUSTOMER_SORTS = ['title', 'code', 'recent', 'balance', 'overdue', 'oldest_overdue', 'next_expected'] as const;
/** Sorts by an amount: they compare one currency's figures (the `currency` filter, else TRY), never a sum of two. */
export const AMOUNT_SORTS = ['balance', 'overdue'] as const;

/** Largest credit limit accepted: 10 trillion in major units, far inside the safe integer range. */
const MAX_MINOR = 1_000_000_000_000_000;

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const optionalText = (max: number) => text(max).default('');

// Each field's rule without its default: a partial update must leave out what it was not given, and in zod 4
// `.default(x).optional()` still fills in x.
const phoneText = text(40).refine((v) => v === '' || (/^[+\d\s()./-]+$/.test(v) && v.replace(/\D/g, '').length >= 7), {
  error: 'validation.phone',
});
const emailText = text(254).refine((v) => v === '' || z.email().safeParse(v).success, { error: 'validation.email' });

export const phoneSchema = phoneText.default('');
export const emailSchema = emailText.default('');

export const customerCodeSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(32, { error: 'validation.tooLong' })
  .regex(/^[\p{L}\p{N}._\-/]+$/u, { error: 'validation.code' });

/** Empty, a valid 10-digit VKN or a valid 11-digit TCKN (sole traders use their TCKN as tax id). */
export const taxIdSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .superRefine((v, ctx) => {
    if (v === '') return;
    if (!/^\d{10,11}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'validation.taxId.format' });
    else if (v.length === 10 && !isValidVkn(v)) ctx.addIssue({ code: 'custom', message: 'validation.taxId.vkn' });
    else if (v.length === 11 && !isValidTckn(v)) ctx.addIssue({ code: 'custom', message: 'validation.taxId.tckn' });
  })
  .default('');

export const moneySchema = z
  .object({
    amount: z.number().int({ error: 'validation.integer' }).min(0).max(MAX_MINOR),
    currency: z.enum(CURRENCIES),
  })
  .strict();

export const contactInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    name: nameSchema(200),
    role: optionalText(120),
    phone: phoneSchema,
    email: emailSchema,
    preferredChannel: z.enum(CONTACT_CHANNELS).default('email'),
    topics: z.array(z.enum(CONTACT_TOPICS)).max(CONTACT_TOPICS.length).default([]),
  })
  .strict();

const tagsSchema = z.array(z.string().trim().min(1).max(40, { error: 'validation.tooLong' })).max(20);
const contactsSchema = z.array(contactInputSchema).max(50);

const customerFields = {
  title: nameSchema(250, 2),
  kind: z.enum(CUSTOMER_KINDS).default('company'),
  taxId: taxIdSchema,
  taxOffice: optionalText(120),
  address: optionalText(500),
  city: optionalText(80),
  phone: phoneSchema,
  email: emailSchema,
  paymentTermsDays: z.number().int({ error: 'validation.integer' }).min(0).max(365).default(30),
  creditLimit: moneySchema.nullable().default(null),
  tags: tagsSchema.default([]),
  notes: optionalText(5000),
  contacts: contactsSchema.default([]),
};

export const customerCreateInput = z
  .object({
    code: customerCodeSchema.optional(),
    /** The next code the form showed; when `code` is still it and it was taken meanwhile, the next free one is used. */
    suggestedCode: customerCodeSchema.optional(),
    ...customerFields,
  })
  .strict();

/** Partial update: only the fields given change; `version` guards against overwriting someone else's edit. */
export const customerUpdateInput = z
  .object({
    id: z.number().int().positive(),
    version: z.number().int().positive().optional(),
    code: customerCodeSchema.optional(),
    title: customerFields.title.optional(),
    kind: z.enum(CUSTOMER_KINDS).optional(),
    taxId: taxIdSchema.optional(),
    taxOffice: text(120).optional(),
    address: text(500).optional(),
    city: text(80).optional(),
    phone: phoneText.optional(),
    email: emailText.optional(),
    paymentTermsDays: z.number().int({ error: 'validation.integer' }).min(0).max(365).optional(),
    creditLimit: moneySchema.nullable().optional(),
    tags: tagsSchema.optional(),
    notes: text(5000).optional(),
    contacts: contactsSchema.optional(),
  })
  .strict();

export const customerRefInput = z
  .object({ id: z.number().int().positive().optional(), code: z.string().trim().min(1).optional() })
  .strict()
  .refine((v) => v.id !== undefined || v.code !== undefined, { error: 'validation.idOrCode' });

export const customerListInput = z
  .object({
    search: z.string().max(200).default(''),
    status: z.enum(CUSTOMER_STATUSES).default('active'),
    kind: z.enum(CUSTOMER_KINDS).optional(),
    city: z.string().trim().max(80).optional(),
    tag: z.string().trim().max(40).optional(),
    /** Only customers in this risk segment. */
    risk: z.enum(['A', 'B', 'C', 'D']).optional(),
    sort: z.enum(CUSTOMER_SORTS).default('title'),
    /** Only customers with figures in this currency; amount sorts and `minBalance` then use it (else TRY). */
    currency: z.enum(CURRENCIES).optional(),
    /** Only customers with something overdue (in `currency` when given). */
    overdueOnly: z.boolean().optional(),
    /** Only customers whose balance is above this, in minor units of `currency` (else TRY). */
    minBalance: z.number().int({ error: 'validation.minorUnits' }).min(0).max(MAX_MINOR).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export const customerArchiveInput = z.object({ id: z.number().int().positive(), archived: z.boolean().default(true) }).strict();

export type CustomerCreateInput = z.input<typeof customerCreateInput>;
export type CustomerCreate = z.output<typeof customerCreateInput>;
export type CustomerUpdateInput = z.input<typeof customerUpdateInput>;
export type CustomerUpdate = z.output<typeof customerUpdateInput>;
export type CustomerListQuery = z.output<typeof customerListInput>;
export type ContactInput = z.input<typeof contactInputSchema>;
