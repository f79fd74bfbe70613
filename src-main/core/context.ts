import type { AppEvent } from '../../src-shared/contract/events';
import type { Language } from '../../src-shared/i18n/language';
import type { Db } from '../store/schema';

/** What a handler may use. Writers get a transaction as `db`; their events go out after commit. */
export interface HandlerContext {
  db: Db;
  emit(event: AppEvent): void;
  now(): Date;
  /** Who is acting, for the audit log (the OS user on a desktop install). */
  actor: string;
  /** The user's language, for messages a handler puts in its errors. */
  language(): Promise<Language>;
}
