import { sql } from 'kysely';
import type { AnyDb } from '../dialect/kind';
import type { CopyTable } from './copy-schema';

/** What a company holds, to compare both ends of a copy: rows per table and money per table, column and currency. */
export interface CompanyFigures {
  rows: Record<string, number>;
  /** `invoices.total` → { TRY: 123456, USD: 789 } (minor units; currencies are never added together). */
  money: Record<string, Record<string, number>>;
}

export async function companyFigures(db: AnyDb, tables: readonly CopyTable[]): Promise<CompanyFigures> {
  const figures: CompanyFigures = { rows: {}, money: {} };
  for (const table of tables) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table.name)}`.execute(db);
    figures.rows[table.name] = Number(rows[0]!.n);
    if (!table.currency || table.money.length === 0) continue;
    const sums = table.money.map((column) => sql`coalesce(sum(${sql.ref(column)}), 0) as ${sql.ref(column)}`);
    const { rows: perCurrency } = await sql<
      Record<string, string | number>
    >`select ${sql.ref(table.currency)} as c, ${sql.join(sums)}
      from ${sql.table(table.name)} group by ${sql.ref(table.currency)}`.execute(db);
    for (const column of table.money) {
      const totals: Record<string, number> = {};
      for (const row of perCurrency) totals[String(row.c)] = Number(row[column]);
      figures.money[`${table.name}.${column}`] = totals;
    }
  }
  return figures;
}

/** The differences between two companies' figures, one line each; none when the copy is whole. */
export function figureDifferences(source: CompanyFigures, target: CompanyFigures): string[] {
  const differences: string[] = [];
  for (const [table, n] of Object.entries(source.rows)) {
    if (target.rows[table] !== n) differences.push(`${table}: ${n} rows, the copy has ${target.rows[table] ?? 0}`);
  }
  for (const [column, totals] of Object.entries(source.money)) {
    const copied = target.money[column] ?? {};
    for (const currency of new Set([...Object.keys(totals), ...Object.keys(copied)])) {
      if ((totals[currency] ?? 0) !== (copied[currency] ?? 0)) {
        differences.push(`${column} ${currency}: ${totals[currency] ?? 0}, the copy has ${copied[currency] ?? 0}`);
      }
    }
  }
  return differences;
}
