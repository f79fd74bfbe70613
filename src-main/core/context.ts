import type { AppEvent } from '../../src-shared/contract/events';
import type { Language } from '../../src-shared/i18n/language';
import type { Db } from '../store/schema';

/** What a handler may use. Writers get a transaction as `db`; their events go out after commit. */
export interface HandlerContext {
  db: Db;
  emit(event: AppEvent): void;
  now(): Date;
  /** The user's language, for messages a handler puts in its errors. */
  language(): Promise<Language>;
}
