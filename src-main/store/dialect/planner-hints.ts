import { sql, type RawBuilder } from 'kysely';
import { onPostgres, type AnyDb } from './store-kind';

/**
 * A column SQLite must not use an index for (`+column`: see "Steering SQLite's planner" in the architecture
 * guide). PostgreSQL's planner weighs its statistics and has no unary plus on text: the plain column there.
 */
export const unindexed = <T>(db: AnyDb, column: string): RawBuilder<T> =>
  onPostgres(db) ? sql.ref<T>(column) : sql<T>`+${sql.ref(column)}`;

/**
 * A join whose left side SQLite must read first (its CROSS JOIN keeps the written order: from a few ids to
 * their rows). PostgreSQL's CROSS JOIN takes no ON, and its planner orders joins by itself.
 */
export const leftFirstJoin = (db: AnyDb): RawBuilder<unknown> => (onPostgres(db) ? sql`join` : sql`cross join`);
