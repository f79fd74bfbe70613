import type { FormErrors } from '@mantine/form';
import type { FieldIssue } from '../../src-shared/contract/errors';
import { isMessageKey } from '../../src-shared/i18n/translate';
import type { Translate } from '../i18n/i18n-context';

/**
 * Where an issue's path (from zod or from the backend) shows in a form — ['lines', 2, 'quantity'] →
 * 'lines.2.quantity' — or null when no input on screen holds it (then it is reported above the form).
 */
export type FormPathOf = (path: readonly (string | number)[]) => string | null;

/** A FormPathOf for forms whose paths are the wire paths joined with dots, limited to those on screen. */
export const joinedPathIn =
  (onScreen: RegExp): FormPathOf =>
  (path) => {
    const joined = path.join('.');
    return onScreen.test(joined) ? joined : null;
  };

export interface SortedIssues {
  /** Messages per form path, first issue per field wins. */
  fields: FormErrors;
  /** Messages that belong to no input on screen. */
  general: string[];
}

/** Messages are rendered again from their key, so they follow the current language even if it just changed. */
export const issueMessage = (issue: FieldIssue, t: Translate): string =>
  isMessageKey(issue.key) ? t(issue.key, issue.params) : issue.message;

export function sortIssues(issues: readonly FieldIssue[], t: Translate, pathOf: FormPathOf): SortedIssues {
  const fields: FormErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const path = pathOf(issue.path);
    const message = issueMessage(issue, t);
    if (path === null) general.push(message);
    else fields[path] ??= message;
  }
  return { fields, general: [...new Set(general)] };
}
