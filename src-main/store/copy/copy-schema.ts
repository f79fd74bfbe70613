import os from 'node:os';
import { openStoreFile } from '../open-store';

/** A table as the copy sees it: its columns, its key (for keyset batches) and what the check sums. */
export interface CopyTable {
  name: string;
  columns: string[];
  /** The primary key's columns, in order: batches are read `where (key) > (last key) order by key`. */
  key: string[];
  /** A single `id` key numbered by the store (a PostgreSQL identity column whose counter must follow the ids). */
  numbered: boolean;
  /** A freshly migrated company already has rows here (holidays, interest rates, the default reminder policy). */
  seeded: boolean;
  /** The column whose currency the table's money is in, if any. */
  currency: string | null;
  /** Integer columns of money in minor units, summed per currency by the check. */
  money: string[];
}

/** Money columns by name (minor units); counts and basis points are not money. */
const MONEY =
  /^(amount|total|net|vat|open|open_amount|unallocated|paid_amount|principal|down_payment|interest_amount|written_off_amount|balance|overdue|next_expected_amount|issued_total|paid_total|collected)$/;

let cached: Promise<CopyTable[]> | null = null;

/**
 * Every table of the schema this Vade migrates to, parents before children (foreign keys), read once per process
 * from a fresh in-memory company: both ends of a copy are opened at this same schema version, so one description
 * serves SQLite and PostgreSQL alike, and the fresh company's rows tell which tables migrations seed.
 */
export function copySchema(): Promise<CopyTable[]> {
  cached ??= readSchema().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

async function readSchema(): Promise<CopyTable[]> {
  const fresh = await openStoreFile(':memory:', os.tmpdir());
  try {
    const raw = fresh.raw;
    const names = raw
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name")
      .pluck()
      .all() as string[];
    const parents = new Map<string, Set<string>>();
    const tables = new Map<string, CopyTable>();
    for (const name of names) {
      const columns = raw.prepare(`pragma table_info("${name}")`).all() as ColumnInfo[];
      const fks = raw.prepare(`pragma foreign_key_list("${name}")`).all() as { table: string }[];
      parents.set(name, new Set(fks.map((f) => f.table).filter((t) => t !== name)));
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      if (key.length === 0) throw new Error(`Table ${name} has no primary key: the copy reads tables by key`);
      const names = columns.map((c) => c.name);
      const currency = names.includes('currency') ? 'currency' : names.includes('invoice_currency') ? 'invoice_currency' : null;
      const rows = (raw.prepare(`select count(*) from "${name}"`).pluck().get() as number) > 0;
      tables.set(name, {
        name,
        columns: names,
        key: key.map((c) => c.name),
        numbered: key.length === 1 && key[0]!.name === 'id' && /^integer$/i.test(key[0]!.type),
        seeded: rows,
        currency,
        money: currency ? columns.filter((c) => /^integer$/i.test(c.type) && MONEY.test(c.name)).map((c) => c.name) : [],
      });
    }
    return parentsFirst(tables, parents);
  } finally {
    await fresh.close();
  }
}

/** Kahn's order over the foreign keys (a table's own rows are read by key, so a self-reference is left out). */
function parentsFirst(tables: Map<string, CopyTable>, parents: Map<string, Set<string>>): CopyTable[] {
  const ordered: CopyTable[] = [];
  const left = new Set(tables.keys());
  while (left.size > 0) {
    const ready = [...left].filter((name) => [...parents.get(name)!].every((p) => !left.has(p)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among ${[...left].join(', ')}`);
    for (const name of ready.sort()) {
      ordered.push(tables.get(name)!);
      left.delete(name);
    }
  }
  return ordered;
}
