import type { AppEvent } from '../../src-shared/contract/events';
import type { Language } from '../../src-shared/i18n/language';
import type { Db } from '../store/schema';
import type { Actor } from './actor';

/**
 * What a handler may use. A mutation gets dispatch's transaction as `db`, and its events go out after commit.
 * A query gets the plain connection and may not emit. An action gets the plain connection for reads and writes
 * to the store only through `transact`, each call its own transaction with its events published after commit.
 */
export interface HandlerContext {
  db: Db;
  emit(event: AppEvent): void;
  now(): Date;
  /** Who is acting: the person named on the caller's PC and its OS account (audit log, timeline rows). */
  actor: Actor;
  /** The user's language, for messages a handler puts in its errors. */
  language(): Promise<Language>;
  /**
   * Store writes of an action, in their own transaction (`beforeCommit` runs, events follow the commit). In a
   * mutation it runs in the mutation's transaction; a query may not write.
   */
  transact<T>(work: (ctx: HandlerContext) => Promise<T>): Promise<T>;
}
