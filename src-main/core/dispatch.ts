import { AppError, type AppErrorData } from '../../src-shared/contract/errors';
import type { RpcResult } from '../../src-shared/contract/envelope';
import type { AppEvent } from '../../src-shared/contract/events';
import type { MethodKind } from '../../src-shared/contract/method';
import { currentMethodName } from '../../src-shared/contract/method-aliases';
import { contract, isMethodName } from '../../src-shared/contract/methods';
import type { Language } from '../../src-shared/i18n/language';
import { isServerUnavailable } from '../store/postgres/server-unavailable';
import { translate, type MessageKey } from '../../src-shared/i18n/translate';
import { toFieldIssues } from '../../src-shared/validation/zod-issues';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../store/schema';
import type { Actor } from './actor';
import type { HandlerContext } from './context';
import type { EventHub } from './events';
import type { HandlerRegistry } from './registry';
import { isSqliteOnlyRefusal, isWriteConflict } from '../store/dialect/store-errors';
import { writerTransaction } from '../store/postgres/writer-transaction';

export interface DispatchDeps {
  registry: HandlerRegistry;
  db: Kysely<Database>;
  events: EventHub;
  /** The user's language, for messages in errors; read through the given db so it works inside a transaction. */
  language(db: Db): Promise<Language>;
  now?: () => Date;
  /** Who acts in a call whose door names nobody (the backend's own calls, tests): this PC's person. */
  actor?: () => Actor;
  /** Runs inside every writing transaction after its work, with the events it emitted (kept figures). */
  beforeCommit?: (ctx: HandlerContext, events: readonly AppEvent[]) => Promise<void>;
}

/** One call through a door; the door says who acts (the person named on its PC), else `DispatchDeps.actor`. */
export type Dispatch = (name: string, args: unknown, actor?: Actor) => Promise<RpcResult>;

const NOBODY: Actor = { name: null, account: 'user' };

/** What the user is told when a handler fails unexpectedly: only a rolled-back mutation left the data untouched. */
const INTERNAL_MESSAGE: Record<MethodKind, MessageKey> = {
  mutation: 'error.internal',
  query: 'error.internalQuery',
  action: 'error.internalAction',
};

/**
 * The one entry to the backend: validates the arguments with the method's schema, runs the handler as its kind
 * says (a mutation in one transaction; a query after the derived rows it needs are refreshed, each in its own
 * transaction; an action with its store writes in transactions of their own), publishes events after each
 * commit, and turns every failure into a typed error. Nothing throws out of here.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  const now = deps.now ?? (() => new Date());
  const inTransaction = transactionRunner(deps);

  const outside = (name: string, kind: 'query' | 'action', actor: Actor): HandlerContext => ({
    db: deps.db,
    emit: kind === 'action' ? (event) => deps.events.publish(event) : refuse(`${name} is a query and may not emit events`),
    now,
    actor,
    language: () => deps.language(deps.db),
    transact: kind === 'action' ? (work) => inTransaction(work, actor) : refuse(`${name} is a query and may not write`),
  });

  return async function dispatch(requested, args, caller) {
    // An old name (of 0.x) runs its renamed method until it is removed; the CLI tells the caller.
    const name = currentMethodName(requested);
    const handler = deps.registry.get(name);
    if (!isMethodName(name) || !handler) {
      return fail({
        kind: 'not_found',
        message: translate(await deps.language(deps.db), 'error.unknownMethod', { method: requested }),
      });
    }
    const spec = contract[name];
    // A writer called with `null` is a caller's mistake, not "no arguments": it is refused, never taken as {}.
    const parsed = args === null && spec.kind !== 'query' ? spec.input.safeParse(null) : spec.input.safeParse(args ?? {});
    if (!parsed.success) {
      const language = await deps.language(deps.db);
      return fail({
        kind: 'validation',
        message: translate(language, 'error.validation'),
        issues: toFieldIssues(parsed.error.issues, language),
      });
    }

    try {
      const actor = caller ?? deps.actor?.() ?? NOBODY;
      if (spec.kind === 'mutation')
        return { ok: true, value: await inTransaction((ctx) => Promise.resolve(handler(parsed.data, ctx)), actor) };
      // Derived rows follow from days passing, not from the caller: nobody is named on what they write. Those a
      // read-only check finds current take no writer transaction (the usual case: one read, no lock).
      const stale = spec.fresh ? await deps.registry.staleAmong(spec.fresh, { db: deps.db, now }) : [];
      for (const rows of stale) await inTransaction(deps.registry.refresher(rows), { ...actor, name: null });
      return { ok: true, value: await handler(parsed.data, outside(name, spec.kind, actor)) };
    } catch (error) {
      return fail(await toErrorData(error, deps, spec.kind));
    }
  };
}

/** Runs work in one transaction: the work, then `beforeCommit`; its events are published once it has committed. */
function transactionRunner(deps: DispatchDeps) {
  const now = deps.now ?? (() => new Date());
  const run = async <T>(work: (ctx: HandlerContext) => Promise<T>, actor: Actor): Promise<T> => {
    let pending: AppEvent[] = [];
    // On PostgreSQL a transaction that met a conflict is run again whole: only its last attempt's events count.
    const value = await writerTransaction(deps, async (trx) => {
      pending = [];
      const ctx: HandlerContext = {
        db: trx,
        emit: (e) => pending.push(e),
        now,
        actor,
        language: () => deps.language(trx),
        transact: (inner) => inner(ctx),
      };
      const result = await work(ctx);
      await deps.beforeCommit?.(ctx, pending);
      return result;
    });
    for (const event of pending) deps.events.publish(event);
    return value;
  };
  return run;
}

/**
 * Brings every registered kind of derived rows up to date, each in its own transaction: what the daily refresh
 * runs when the app opens and after midnight (days passing break plans and age debts with no write at all).
 */
export function createRefreshAll(deps: DispatchDeps): () => Promise<void> {
  const inTransaction = transactionRunner(deps);
  return async () => {
    const actor: Actor = { name: null, account: deps.actor?.().account ?? NOBODY.account };
    for (const refresher of deps.registry.refreshers()) await inTransaction(refresher, actor);
  };
}

const fail = (error: AppErrorData): RpcResult => ({ ok: false, error });

function refuse(message: string) {
  return (): never => {
    throw new Error(message);
  };
}

async function toErrorData(error: unknown, deps: DispatchDeps, kind: MethodKind): Promise<AppErrorData> {
  if (error instanceof AppError) return error.toData();
  // The language is a setting of the company, which is on the server that cannot be reached: Turkish then.
  if (isServerUnavailable(error)) {
    const language = await deps.language(deps.db).catch((): Language => 'tr');
    return { kind: 'unavailable', message: translate(language, 'servers.unavailable') };
  }
  if (isWriteConflict(error)) {
    return { kind: 'conflict', message: translate(await deps.language(deps.db), 'error.conflict') };
  }
  // A server company asked for SQLite-only work (a file backup, an import's prepared statements): said plainly.
  if (isSqliteOnlyRefusal(error)) {
    return { kind: 'conflict', message: translate(await deps.language(deps.db), 'error.sqliteOnly') };
  }
  console.error('Unexpected error in a handler', error);
  return { kind: 'internal', message: translate(await deps.language(deps.db), INTERNAL_MESSAGE[kind]) };
}
