import type { z } from 'zod';

/**
 * The three kinds of method:
 * - `query` reads only (a test runs every query on a copy and compares the database bytes before and after);
 * - `mutation` is one transaction that dispatch opens, audited, its events published after commit;
 * - `action` has side effects outside the store (files, SMTP, backups, company files, running jobs), declared in
 *   `effects`; what it writes to the store it writes through `ctx.transact`, each step in its own transaction.
 */
export type MethodKind = 'query' | 'mutation' | 'action';

/** Derived rows a query needs up to date; dispatch refreshes each in its own transaction before the query runs. */
export type DerivedRows = 'planStatus' | 'riskSegments' | 'customerFigures';

/** What an action touches outside the company's database. */
export type SideEffect = 'files' | 'smtp' | 'backups' | 'companies' | 'jobs' | 'worker';

export interface ActionEffects {
  outside: readonly SideEffect[];
  /** What it does, in one sentence for `vade methods`: which files or services, and which store rows it writes. */
  detail: string;
  /** Whether it writes the company's database (in its own transactions, through `ctx.transact`). */
  storeWrites: boolean;
}

/**
 * One backend capability: its input schema (validated at the edge), its kind and a one-line summary for
 * `vade methods`. The output type is carried as a phantom so the renderer and the handlers agree on it.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  kind: MethodKind;
  summary: string;
  /** Queries and actions: derived rows refreshed (each in its own transaction) before the handler reads. */
  fresh?: readonly DerivedRows[];
  /** Actions only. */
  effects?: ActionEffects;
  /**
   * Mutations only: why this mutation writes no audit row (it changes no user data: a worklist mark, a queue
   * state). Without it, a test requires an audit row with the record before and after.
   */
  unaudited?: string;
  readonly _output?: O;
}

export const query =
  <O>() =>
  <I extends z.ZodType>(input: I, summary: string, options: { fresh?: readonly DerivedRows[] } = {}): MethodSpec<I, O> => ({
    input,
    summary,
    kind: 'query',
    ...options,
  });

export const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I, summary: string, options: { unaudited?: string } = {}): MethodSpec<I, O> => ({
    input,
    summary,
    kind: 'mutation',
    ...options,
  });

export const action =
  <O>() =>
  <I extends z.ZodType>(
    input: I,
    summary: string,
    { fresh, ...effects }: ActionEffects & { fresh?: readonly DerivedRows[] },
  ): MethodSpec<I, O> => ({ input, summary, kind: 'action', effects, ...(fresh ? { fresh } : {}) });
