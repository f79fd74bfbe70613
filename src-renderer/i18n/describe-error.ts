import { AppError } from '../../src-shared/contract/errors';
import { isMessageKey } from '../../src-shared/i18n/translate';
import type { Translate } from './i18n-context';

/**
 * One sentence for the user about a failed call, in the current language. The backend renders most
 * messages already; the transport reports its own failures as i18n keys, and "not found" messages are
 * meant for logs, so those two are translated here.
 */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof AppError)) return t('error.internal');
  if (isMessageKey(error.message)) return t(error.message);
  if (error.kind === 'not_found') return t('error.not_found');
  return error.message || t(`error.${error.kind}`);
}
