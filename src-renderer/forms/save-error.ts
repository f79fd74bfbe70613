import type { FormErrors } from '@mantine/form';
import { AppError } from '../../src-shared/contract/errors';
import { describeError } from '../i18n/describe-error';
import type { Translate } from '../i18n/i18n-context';
import { sortIssues, type FormPathOf } from './issues-to-errors';

export interface SaveFailure {
  fields: FormErrors;
  /** Shown in the alert above the form. */
  general: string[];
  /** Someone else saved this record meanwhile: the user must reload before saving. */
  stale: boolean;
}

export const NO_FAILURE: SaveFailure = { fields: {}, general: [], stale: false };

/** Sorts a refused save into field errors, general messages and the stale-version case. */
export function interpretSaveError(error: unknown, t: Translate, pathOf: FormPathOf): SaveFailure {
  if (!(error instanceof AppError) || !error.issues?.length) {
    return { fields: {}, general: [describeError(error, t)], stale: false };
  }
  const stale = error.issues.some((issue) => issue.key === 'validation.staleVersion');
  const { fields, general } = sortIssues(
    error.issues.filter((issue) => issue.key !== 'validation.staleVersion'),
    t,
    pathOf,
  );
  return { fields, general, stale };
}
