import { z } from 'zod';
import { trimInvisible } from '../../text/visible-text';

export const PERSON_NAME_MAX = 80;

/**
 * Control characters (line breaks, tabs, escapes) and the bidi overrides and isolates: either would garble or
 * disguise a name on the change history, the timeline and a CSV cell.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/**
 * The person using this PC, as the audit log and the timeline will name them: trimmed (invisible characters
 * too), at most 80 characters, no control characters. Empty means "not set" and becomes null.
 */
export const personNameSchema = z
  .string()
  .overwrite(trimInvisible)
  .max(PERSON_NAME_MAX, { error: 'validation.tooLong' })
  .refine((v) => !CONTROL_CHARACTERS.test(v), { error: 'validation.controlCharacters' })
  .transform((v): string | null => (v === '' ? null : v));

export const workstationUpdateInput = z.object({ personName: personNameSchema }).strict();
export type WorkstationUpdate = z.input<typeof workstationUpdateInput>;

/** Settings of this computer, not of the company: every PC of an office names its own person. */
export interface Workstation {
  /** The person using this PC; null when not set. */
  personName: string | null;
  /** The computer's account the app runs under (the OS user), recorded beside the name in the audit log. */
  account: string;
}
