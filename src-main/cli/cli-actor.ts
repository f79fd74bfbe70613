import { personNameSchema } from '../../src-shared/domain/workstation/schemas';
import { translate } from '../../src-shared/i18n/translate';
import { toFieldIssues } from '../../src-shared/validation/zod-issues';
import type { Actor } from '../core/actor';
import { UsageError } from './cli-error';

/**
 * The person a `vade call` names instead of this PC's: `--as "Name"`, else VADE_USER (an empty one counts as
 * unset); undefined when neither is given. Checked as Settings checks a name, before anything is opened;
 * `--as ""` names nobody for this call.
 */
export function cliPerson(as: string | undefined, env: string | undefined): string | null | undefined {
  const given = as ?? (env === undefined || env.trim() === '' ? undefined : env);
  if (given === undefined) return undefined;
  const parsed = personNameSchema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = toFieldIssues(parsed.error.issues, 'en')[0];
  throw new UsageError(`${as === undefined ? 'VADE_USER' : '--as'}: ${issue?.message ?? translate('en', 'validation.invalid')}`);
}

/** Who the call acts as: the given person on this PC's account, else this PC's own. */
export const cliActor = (person: string | null | undefined, thisPc: Actor): Actor =>
  person === undefined ? thisPc : { ...thisPc, name: person };
