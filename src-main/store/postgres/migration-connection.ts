import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type pg from 'pg';
import { sqliteDdlToPostgres } from './sqlite-ddl-to-postgres';

/**
 * A Kysely over one pooled client that the migrator already holds in a transaction, with every statement passed
 * through the SQLite → PostgreSQL translation first: migrations keep the SQL they shipped with.
 */
export function migrationDb(client: pg.PoolClient): Kysely<unknown> {
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      let result: pg.QueryResult | null = null;
      for (const statement of sqliteDdlToPostgres(query.sql)) result = await client.query(statement, [...query.parameters]);
      const affected = result?.command === 'UPDATE' || result?.command === 'DELETE' || result?.command === 'INSERT';
      return {
        rows: (result?.rows ?? []) as R[],
        ...(affected && result?.rowCount != null ? { numAffectedRows: BigInt(result.rowCount) } : {}),
      };
    },
    streamQuery() {
      throw new Error('A migration cannot stream a query');
    },
  };
  const outsideTransaction = () => Promise.reject(new Error('A migration runs inside the migrator’s transaction'));
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: outsideTransaction,
    commitTransaction: outsideTransaction,
    rollbackTransaction: outsideTransaction,
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  const dialect: Dialect = {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db) => new PostgresIntrospector(db),
  };
  return new Kysely<unknown>({ dialect });
}
