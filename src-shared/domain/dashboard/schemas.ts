import { z } from 'zod';
import { businessDateSchema } from '../common/schemas';

export const dashboardKpisInput = z
  .object({
    /** Defaults to today; a later day is refused (the figures are worked back from today). */
    asOf: businessDateSchema.optional(),
  })
  .strict();

export const forecastInput = z
  .object({
    granularity: z.enum(['week', 'month']).default('week'),
    /** 13 weeks or 12 months unless told. */
    periods: z.number().int().min(1).max(60).optional(),
  })
  .strict();

export const backtestInput = z.object({ weeks: z.number().int().min(1).max(26).default(8) }).strict();

export const trendInput = z.object({ months: z.number().int().min(1).max(36).default(12) }).strict();
