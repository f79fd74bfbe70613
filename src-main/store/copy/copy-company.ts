import { sql, type Transaction } from 'kysely';
import type { CompanyCopyReport } from '../../../src-shared/domain/companies/types';
import { storeKindOf, type AnyDb } from '../dialect/kind';
import { refreshPlannerStatistics } from '../dialect/planner-hints';
import { companyFigures, figureDifferences, type CompanyFigures } from './copy-check';
import { copyTableRows } from './copy-rows';
import { copySchema, type CopyTable } from './copy-schema';
import { advanceCounters, triggersOff } from './copy-triggers';

export type CopyErrorReason = 'target_not_empty' | 'same_company' | 'source_missing' | 'check_failed';

/** A copy refused or undone; the target is left as it was. */
export class CopyError extends Error {
  override name = 'CopyError';
  constructor(
    readonly reason: CopyErrorReason,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Rows per table and money per table column and currency: the same at both ends. */
export type CopyReport = CompanyCopyReport;

export interface CopyEnd {
  db: AnyDb;
  /** Safe to show: a file path or a URL with its password masked. */
  label: string;
}

export interface CopyOptions {
  onProgress?: (table: string, copied: number, total: number) => void;
  /** Replace a company the target holds (a restore onto a server company) instead of refusing it. */
  replace?: boolean;
}

/** Settings are written by a company's first opening (refresh-day markers), so they do not make a target "used". */
const REPLACEABLE = new Set(['settings']);

/**
 * Copies a whole company (every table of the schema: ledger, history, audit log, kept figures) from one store to
 * another, parents first, in batches, ids preserved. The source is read in one snapshot (repeatable read on a server),
 * the target written in one transaction: a target holding data is refused, the seeded rows of its migrations are
 * replaced by the source's, PostgreSQL's identity counters follow the copied ids, and the rows and money per
 * currency of every table are compared before the commit — any difference undoes the copy. The target's planner
 * statistics are refreshed after it, so its first screens do not wait for autovacuum.
 */
export async function copyCompany(from: CopyEnd, to: CopyEnd, options: CopyOptions = {}): Promise<CopyReport> {
  if (from.label === to.label) throw new CopyError('same_company', `${from.label} cannot be copied onto itself.`);
  const started = Date.now();
  const tables = await copySchema();
  const snapshot = from.db.transaction();
  const reading = storeKindOf(from.db) === 'postgres' ? snapshot.setIsolationLevel('repeatable read') : snapshot;
  const figures = await reading.execute(async (source) => {
    const expected = await companyFigures(source, tables);
    await to.db.transaction().execute(async (target) => {
      if (!options.replace) await refuseUsedTarget(target, tables, to.label);
      await fill(source, target, tables, expected, options);
      const differences = figureDifferences(expected, await companyFigures(target, tables));
      if (differences.length > 0) {
        throw new CopyError(
          'check_failed',
          `The copy does not match ${from.label}; nothing was written: ${differences.join('; ')}`,
          {
            differences: differences.join('; '),
          },
        );
      }
    });
    return expected;
  });
  await refreshPlannerStatistics(to.db);
  return {
    from: { kind: storeKindOf(from.db), label: from.label },
    to: { kind: storeKindOf(to.db), label: to.label },
    rows: figures.rows,
    money: figures.money,
    totalRows: Object.values(figures.rows).reduce((a, b) => a + b, 0),
    milliseconds: Date.now() - started,
  };
}

async function refuseUsedTarget(target: AnyDb, tables: readonly CopyTable[], label: string): Promise<void> {
  for (const table of tables.filter((t) => !t.seeded && !REPLACEABLE.has(t.name))) {
    const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(table.name)} limit 1`.execute(target);
    if (rows.length > 0) {
      throw new CopyError(
        'target_not_empty',
        `${label} already holds a company (${table.name} has rows): copy into an empty one.`,
        {
          table: table.name,
        },
      );
    }
  }
}

async function fill(
  source: Transaction<unknown> | AnyDb,
  target: AnyDb,
  tables: readonly CopyTable[],
  expected: CompanyFigures,
  options: CopyOptions,
): Promise<void> {
  const triggersOn = await triggersOff(target, tables);
  for (const table of [...tables].reverse()) await sql`delete from ${sql.table(table.name)}`.execute(target);
  for (const table of tables) {
    const total = expected.rows[table.name] ?? 0;
    options.onProgress?.(table.name, 0, total);
    if (total > 0) await copyTableRows(source as AnyDb, target, table, (n) => options.onProgress?.(table.name, n, total));
  }
  await advanceCounters(target, tables);
  await triggersOn();
}
