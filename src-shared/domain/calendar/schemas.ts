import { z } from 'zod';
import { daysBetween } from '../../dates/business-date';
import { businessDateSchema, idSchema, noteSchema } from '../common/schemas';
import { RISK_SEGMENTS } from '../statements/schemas';

/** What the calendar shows: open invoices' due dates, unpaid plan instalments, live cheques/notes, pending promises. */
export const CALENDAR_KINDS = ['invoice', 'instalment', 'cheque', 'promise'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** A month grid is six weeks; a little more leaves room for a margin, while keeping one call bounded. */
export const MAX_CALENDAR_DAYS = 62;

export const calendarItemsInput = z
  .object({
    from: businessDateSchema,
    to: businessDateSchema,
    customerId: idSchema.optional(),
    kinds: z.array(z.enum(CALENDAR_KINDS)).min(1).max(CALENDAR_KINDS.length).optional(),
    segment: z.enum(RISK_SEGMENTS).optional(),
    /** Only the largest `perDay` items of each day (the month grid); the day's totals and count stay complete. */
    perDay: z.number().int().min(1).max(50).optional(),
    /** Without `perDay`: a page of the items in day order (a month can hold tens of thousands at a million invoices). */
    limit: z.number().int().min(1).max(1000).default(500),
    cursor: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.validation.rangeOrder' });
    else if (daysBetween(v.from, v.to) >= MAX_CALENDAR_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'calendar.validation.rangeTooLong' });
  });

export const RESCHEDULE_KINDS = ['instalment', 'promise'] as const;
export type RescheduleKind = (typeof RESCHEDULE_KINDS)[number];

export const calendarRescheduleInput = z
  .object({
    kind: z.enum(RESCHEDULE_KINDS),
    id: idSchema,
    date: businessDateSchema,
    note: noteSchema(500),
  })
  .strict();

export type CalendarItemsQuery = z.output<typeof calendarItemsInput>;
export type CalendarReschedule = z.output<typeof calendarRescheduleInput>;
