import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './kind';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the helpers name no table
type AnyDb = Kysely<any>;

/**
 * A column SQLite must not use an index for (`+column`: see "Steering SQLite's planner" in the architecture
 * guide). PostgreSQL's planner weighs its statistics and has no unary plus on text: the plain column there.
 */
export const unindexed = <T>(db: AnyDb, column: string): RawBuilder<T> =>
  isPostgres(db) ? sql.ref<T>(column) : sql<T>`+${sql.ref(column)}`;

/**
 * A join whose left side SQLite must read first (its CROSS JOIN keeps the written order: from a few ids to
 * their rows). PostgreSQL's CROSS JOIN takes no ON, and its planner orders joins by itself.
 */
export const leftFirstJoin = (db: AnyDb): RawBuilder<unknown> => (isPostgres(db) ? sql`join` : sql`cross join`);

/**
 * Statistics for the planner after a bulk write (a copy, a restore): a server's autovacuum may not have run yet,
 * and without them PostgreSQL guesses row counts and picks scans and sorts a screen cannot afford. On a server a
 * VACUUM also marks the pages all-visible, without which an index-only scan (SQLite's covering index read, which
 * the reports rely on) reads the table row by row. SQLite's `optimize` with 0x10000 looks at every table, not only
 * the ones this connection has used. Outside a transaction (VACUUM refuses one).
 */
export async function refreshPlannerStatistics(db: AnyDb): Promise<void> {
  await (isPostgres(db) ? sql`vacuum (analyze)` : sql`pragma optimize = 0x10002`).execute(db);
}

/**
 * The index SQLite must read a table through (`indexed by`): the plan then holds whatever the statistics say (a
 * sampled `sqlite_stat1`, or none in a company never analysed). The index must exist on SQLite (a migration makes
 * it) and match the query's WHERE when partial; PostgreSQL's planner picks its own: nothing there.
 */
export const indexedBy = (db: AnyDb, index: string): RawBuilder<unknown> =>
  isPostgres(db) ? sql`` : sql`indexed by ${sql.raw(index)}`;

/**
 * Statistics for tables a step has just rewritten whole (the day's refresh of every customer's derived rows): on a
 * server their old statistics (or none, in a company just loaded) make the planner guess 19 rows where 9,000 match
 * and walk them by nested loops (customer list 150 → 20 ms at a million invoices). PostgreSQL's ANALYZE runs in the
 * step's own transaction and counts its new rows; SQLite's list plans do not hang on them: nothing there.
 */
export async function analyzeRewritten(db: AnyDb, tables: readonly string[]): Promise<void> {
  if (isPostgres(db)) await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}
