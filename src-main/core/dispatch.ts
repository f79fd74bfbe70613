import { AppError, type AppErrorData } from '../../src-shared/contract/errors';
import type { RpcResult } from '../../src-shared/contract/envelope';
import type { AppEvent } from '../../src-shared/contract/events';
import { contract, isMethodName } from '../../src-shared/contract/methods';
import type { Language } from '../../src-shared/i18n/language';
import { translate } from '../../src-shared/i18n/translate';
import { toFieldIssues } from '../../src-shared/validation/zod-issues';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../store/schema';
import type { HandlerContext } from './context';
import type { EventHub } from './events';
import type { HandlerRegistry } from './registry';

export interface DispatchDeps {
  registry: HandlerRegistry;
  db: Kysely<Database>;
  events: EventHub;
  /** The user's language, for messages in errors; read through the given db so it works inside a transaction. */
  language(db: Db): Promise<Language>;
  now?: () => Date;
  actor?: string;
  /** Runs inside a writer's transaction after its handler, with the events it emitted (kept figures). */
  beforeCommit?: (ctx: HandlerContext, events: readonly AppEvent[]) => Promise<void>;
}

export type Dispatch = (name: string, args: unknown) => Promise<RpcResult>;

/**
 * The one entry to the backend: validates the arguments with the method's schema, runs the handler
 * (writers inside one transaction), publishes events after commit, and turns every failure into a
 * typed error. Nothing throws out of here.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  const now = deps.now ?? (() => new Date());
  const actor = deps.actor ?? 'user';

  return async function dispatch(name, args) {
    const handler = deps.registry.get(name);
    if (!isMethodName(name) || !handler) {
      return fail({
        kind: 'not_found',
        message: translate(await deps.language(deps.db), 'error.unknownMethod', { method: name }),
      });
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(args ?? {});
    if (!parsed.success) {
      const language = await deps.language(deps.db);
      return fail({
        kind: 'validation',
        message: translate(language, 'error.validation'),
        issues: toFieldIssues(parsed.error.issues, language),
      });
    }

    try {
      if (!spec.writes) {
        return {
          ok: true,
          value: await handler(parsed.data, {
            db: deps.db,
            emit: refuseEmit(name),
            now,
            actor,
            language: () => deps.language(deps.db),
          }),
        };
      }
      const pending: AppEvent[] = [];
      const value = await deps.db.transaction().execute(async (trx) => {
        const ctx: HandlerContext = { db: trx, emit: (e) => pending.push(e), now, actor, language: () => deps.language(trx) };
        const result = await handler(parsed.data, ctx);
        await deps.beforeCommit?.(ctx, pending);
        return result;
      });
      for (const event of pending) deps.events.publish(event);
      return { ok: true, value };
    } catch (error) {
      return fail(await toErrorData(error, deps));
    }
  };
}

const fail = (error: AppErrorData): RpcResult => ({ ok: false, error });

function refuseEmit(name: string) {
  return () => {
    throw new Error(`${name} is a query and may not emit events`);
  };
}

async function toErrorData(error: unknown, deps: DispatchDeps): Promise<AppErrorData> {
  if (error instanceof AppError) return error.toData();
  const code = (error as { code?: string } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { kind: 'conflict', message: translate(await deps.language(deps.db), 'error.conflict') };
  }
  console.error('Unexpected error in a handler', error);
  return { kind: 'internal', message: translate(await deps.language(deps.db), 'error.internal') };
}
