import { z } from 'zod';
import { daysBetween } from '../../dates/business-date';
import { businessDateSchema, currencySchema, idSchema } from '../common/schemas';

/** Upper bounds (days overdue) of the aging buckets after "not due": 1–30, 31–60, 61–90, 91–120, 120+. */
export const DEFAULT_AGING_BOUNDS = [30, 60, 90, 120] as const;

export const agingBoundsSchema = z
  .array(z.number().int().min(1).max(3650))
  .min(1)
  .max(12)
  .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]!), { error: 'validation.invalid' })
  .default([...DEFAULT_AGING_BOUNDS]);

export const agingReportInput = z
  .object({
    /** Defaults to today. A past date rebuilds what was open on that day from the allocations' dates. */
    asOf: businessDateSchema.optional(),
    bounds: agingBoundsSchema,
    currency: currencySchema.optional(),
    customerId: idSchema.optional(),
    /** Rows per page, largest total first (a screen may ask for every row at once and sort them itself). */
    limit: z.number().int().min(1).max(50_000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const customerAccountInput = z
  .object({ id: idSchema, asOf: businessDateSchema.optional(), bounds: agingBoundsSchema })
  .strict();

export type AgingReportQuery = z.output<typeof agingReportInput>;

/** The longest span a collections report covers (about three years). */
export const COLLECTIONS_MAX_DAYS = 1100;

export const collectionsReportInput = z
  .object({
    /** Defaults: the last 12 months, this month so far included. */
    from: businessDateSchema.optional(),
    to: businessDateSchema.optional(),
    granularity: z.enum(['month', 'week']).default('month'),
  })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { error: 'reports.collections.rangeInvalid', path: ['to'] })
  .refine((r) => !r.from || !r.to || daysBetween(r.from, r.to) <= COLLECTIONS_MAX_DAYS, {
    error: 'reports.collections.rangeTooLong',
    path: ['to'],
  });

export type CollectionsReportQuery = z.output<typeof collectionsReportInput>;
