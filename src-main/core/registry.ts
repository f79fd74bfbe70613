import type { DerivedRows } from '../../src-shared/contract/method';
import { contract, type MethodArgs, type MethodName, type MethodOutput } from '../../src-shared/contract/methods';
import type { HandlerContext } from './context';

export type Handler<N extends MethodName> = (
  args: MethodArgs<N>,
  ctx: HandlerContext,
) => Promise<MethodOutput<N>> | MethodOutput<N>;

/** The methods of one domain: `'customers'` → every `customers/*` method of the contract. */
export type DomainHandlers<D extends string> = {
  [N in MethodName as N extends `${D}/${string}` ? N : never]: Handler<N>;
};

type AnyHandler = (args: unknown, ctx: HandlerContext) => unknown;

/** Brings derived rows up to date in the transaction it is given; cheap (a read) when they already are. */
export type Refresher = (ctx: HandlerContext) => Promise<void>;

/**
 * A read of committed rows, outside any transaction, that says derived rows need no refresh: a query whose rows are
 * current then takes no writer transaction (on a server: no begin, lock and commit before every list). It may only
 * say "current" when the refresher would write nothing; the refresher checks again under the writer lock.
 */
export type FreshnessCheck = (ctx: Pick<HandlerContext, 'db' | 'now'>) => Promise<boolean>;

/** The typed map of every handler. Registering a name twice is a programming error and throws. */
export class HandlerRegistry {
  readonly #handlers = new Map<string, AnyHandler>();
  readonly #refreshers = new Map<DerivedRows, Refresher>();
  readonly #checks = new Map<DerivedRows, FreshnessCheck>();

  register<D extends string>(domain: D, handlers: DomainHandlers<D>): this {
    for (const [name, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
      if (!name.startsWith(`${domain}/`)) throw new Error(`Handler ${name} does not belong to domain ${domain}`);
      if (this.#handlers.has(name)) throw new Error(`Handler ${name} is registered twice`);
      this.#handlers.set(name, handler);
    }
    return this;
  }

  /** The step that keeps some derived rows current, run by dispatch before the queries that declare them `fresh`. */
  derive(rows: DerivedRows, refresher: Refresher, isCurrent?: FreshnessCheck): this {
    if (this.#refreshers.has(rows)) throw new Error(`Derived rows ${rows} have two refreshers`);
    this.#refreshers.set(rows, refresher);
    if (isCurrent) this.#checks.set(rows, isCurrent);
    return this;
  }

  /** Those of `rows` that may need a refresh: all but the ones whose check reads them current (checks run together). */
  async staleAmong(rows: readonly DerivedRows[], ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<DerivedRows[]> {
    const current = await Promise.all(rows.map((r) => this.#checks.get(r)?.(ctx) ?? false));
    return rows.filter((_, i) => !current[i]);
  }

  refresher(rows: DerivedRows): Refresher {
    const refresher = this.#refreshers.get(rows);
    if (!refresher) throw new Error(`No refresher for derived rows ${rows}`);
    return refresher;
  }

  refreshers(): Refresher[] {
    return [...this.#refreshers.values()];
  }

  get(name: string): AnyHandler | undefined {
    return this.#handlers.get(name);
  }

  /** Every contract method must have a handler before the backend serves anything. */
  assertComplete(): void {
    const missing = Object.keys(contract).filter((name) => !this.#handlers.has(name));
    if (missing.length > 0) throw new Error(`Methods without a handler: ${missing.join(', ')}`);
    const needed = new Set(Object.values(contract).flatMap((spec) => spec.fresh ?? []));
    const underived = [...needed].filter((rows) => !this.#refreshers.has(rows));
    if (underived.length > 0) throw new Error(`Derived rows without a refresher: ${underived.join(', ')}`);
  }
}
