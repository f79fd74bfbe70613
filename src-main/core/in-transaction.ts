import type { HandlerContext } from './context';

/**
 * An action whose store writes are one transaction of their own (an import: the backup file first, then every
 * row or none). The handler is written like a mutation's: `ctx.db` is the transaction, its events follow the commit.
 */
export const inOneTransaction =
  <A, R>(handler: (args: A, ctx: HandlerContext) => Promise<R>) =>
  (args: A, ctx: HandlerContext): Promise<R> =>
    ctx.transact((tx) => handler(args, tx));
