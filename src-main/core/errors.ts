import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import type { Language } from '../../src-shared/i18n/language';
import { translate, type MessageKey, type MessageParams } from '../../src-shared/i18n/translate';

export const notFound = (message: string): AppError => new AppError({ kind: 'not_found', message });

/** A refusal of one field, rendered in the user's language like zod's own issues. */
export function fieldError(
  language: Language,
  kind: 'validation' | 'conflict',
  path: FieldIssue['path'],
  key: MessageKey,
  params?: MessageParams,
): AppError {
  const message = translate(language, key, params);
  return new AppError({ kind, message, issues: [{ path, key, ...(params ? { params } : {}), message }] });
}
