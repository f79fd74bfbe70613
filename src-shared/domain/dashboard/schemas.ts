import { z } from 'zod';
import { businessDateSchema } from '../common/schemas';

export const dashboardKpisInput = z
  .object({
    /** Defaults to today; a later day is refused (the figures are worked back from today). */
    asOf: businessDateSchema.optional(),
  })
  .strict();
