import { AppError } from '../../../src-shared/contract/errors';
import type { Language } from '../../../src-shared/i18n/language';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';
import type { CopyError, CopyErrorReason } from '../../store/copy/copy-company';

const KEYS: Record<CopyErrorReason, MessageKey> = {
  target_not_empty: 'servers.copy.targetNotEmpty',
  same_company: 'servers.copy.sameCompany',
  source_missing: 'servers.copy.sourceMissing',
  check_failed: 'servers.copy.checkFailed',
};

/** A refused copy in the user's language: a `conflict` (nothing was written). */
export function copyRefusal(language: Language, error: CopyError): AppError {
  return new AppError({ kind: 'conflict', message: translate(language, KEYS[error.reason], error.params) });
}
