import { sql, type Kysely } from 'kysely';

/**
 * A savepoint inside the caller's transaction (SQLite and PostgreSQL write it alike), for a part that may be undone
 * alone: a cancelled import, one e-Fatura file that fails. One statement per call: PostgreSQL's extended protocol
 * takes no second statement.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: a savepoint names no table
export async function savepoint(db: Kysely<any>, name: string) {
  if (!/^\w+$/.test(name)) throw new Error(`Not a savepoint name: ${name}`);
  await sql.raw(`savepoint ${name}`).execute(db);
  return {
    release: async () => void (await sql.raw(`release ${name}`).execute(db)),
    /** Undoes what was written since, and ends the savepoint. */
    rollback: async () => {
      await sql.raw(`rollback to ${name}`).execute(db);
      await sql.raw(`release ${name}`).execute(db);
    },
  };
}
