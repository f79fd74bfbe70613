import type { FormErrors } from '@mantine/form';
import type { FieldIssue } from '../../../../src-shared/contract/errors';
import { isMessageKey } from '../../../../src-shared/i18n/translate';
import type { Translate } from '../../../i18n/i18n-context';
import { formPathOf } from './form-paths';

export interface SortedIssues {
  /** Messages per form path, first issue per field wins. */
  fields: FormErrors;
  /** Messages that belong to no input on screen. */
  general: string[];
}

/** Messages are rendered again from their key, so they follow the current language even if it just changed. */
const messageOf = (issue: FieldIssue, t: Translate): string =>
  isMessageKey(issue.key) ? t(issue.key, issue.params) : issue.message;

export function sortIssues(issues: readonly FieldIssue[], t: Translate): SortedIssues {
  const fields: FormErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const path = formPathOf(issue.path);
    const message = messageOf(issue, t);
    if (path === null) general.push(message);
    else fields[path] ??= message;
  }
  return { fields, general: [...new Set(general)] };
}
