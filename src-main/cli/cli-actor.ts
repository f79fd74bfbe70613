import { personNameSchema } from '../../src-shared/domain/workstation/schemas';
import { translate } from '../../src-shared/i18n/translate';
import { toFieldIssues } from '../../src-shared/validation/zod-issues';
import type { Actor } from '../core/actor';
import { UsageError } from './cli-error';

/**
 * Who a `vade call` acts as: `--as "Name"`, else VADE_USER (an empty one counts as unset), else the person
 * named on this PC. The name is checked as Settings checks it; `--as ""` names nobody for this call.
 */
export function cliActor(as: string | undefined, env: string | undefined, thisPc: Actor): Actor {
  const given = as ?? (env === undefined || env.trim() === '' ? undefined : env);
  if (given === undefined) return thisPc;
  const parsed = personNameSchema.safeParse(given);
  if (!parsed.success) {
    const issue = toFieldIssues(parsed.error.issues, 'en')[0];
    const source = as === undefined ? 'VADE_USER' : '--as';
    throw new UsageError(`${source}: ${issue?.message ?? translate('en', 'validation.invalid')}`);
  }
  return { ...thisPc, name: parsed.data };
}
