import { z } from 'zod';
import { businessDateSchema, nameSchema } from '../common/schemas';

export const HOLIDAY_KINDS = ['public', 'half_day', 'company'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  date: string;
  name: string;
  kind: HolidayKind;
}

export const holidayListInput = z
  .object({
    /** A calendar year; without one, every holiday from this year on. */
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

export const holidayAddInput = z
  .object({
    date: businessDateSchema,
    name: nameSchema(100),
    kind: z.enum(HOLIDAY_KINDS).default('company'),
  })
  .strict();

export const holidayRemoveInput = z.object({ date: businessDateSchema }).strict();
