import { z } from 'zod';
import { BUSINESS_YEARS, isBusinessDate, isPlausibleBusinessDate } from '../../dates/business-date';
import { CURRENCIES } from '../../money/currency';
import { trimInvisible, visibleLength } from '../../text/visible-text';

/** Largest amount accepted anywhere: 10 trillion in major units, far inside the safe integer range. */
export const MAX_MINOR = 1_000_000_000_000_000;

export const idSchema = z.number().int().positive();

/** A calendar day 'YYYY-MM-DD' within the plausible years (2000–2100). */
export const businessDateSchema = z
  .string()
  .refine(isBusinessDate, { error: 'validation.date', abort: true })
  .refine(isPlausibleBusinessDate, { error: 'validation.dateRange', params: { ...BUSINESS_YEARS } });

/** Money on the wire: an integer count of minor units. "12.345" TL (3 decimals) is not an integer and is refused. */
export const minorAmountSchema = z
  .number()
  .int({ error: 'validation.minorUnits' })
  .positive({ error: 'validation.positive' })
  .max(MAX_MINOR);

export const currencySchema = z.enum(CURRENCIES);

/** Document numbers (invoice, credit note): letters, digits and . _ - / */
export const documentNumberSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(32, { error: 'validation.tooLong' })
  .regex(/^[\p{L}\p{N}._\-/]+$/u, { error: 'validation.invoiceNumber' });

export const noteSchema = (max = 2000) => z.string().trim().max(max, { error: 'validation.tooLong' }).default('');

/**
 * A required name (a customer's title, a contact, the company, a policy, a holiday, an invoice line): trimmed of
 * invisible characters as well as spaces, and refused when nothing visible is left (zero-width spaces, NBSP…).
 */
export const nameSchema = (max: number, min = 1) =>
  z
    .string()
    .overwrite(trimInvisible)
    .max(max, { error: 'validation.tooLong' })
    .refine((v) => visibleLength(v) > 0, { error: 'validation.required', abort: true })
    .refine((v) => visibleLength(v) >= min, { error: 'validation.tooShort', params: { min } });
