import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src-shared/contract/methods';
import type { Backend } from '../../../src-main/backend';
import { contractWorld } from '../../support/contract-world';
import { sampleFor } from '../../support/method-samples';
import { testStoreIsPostgres } from '../../support/pg-databases';
import { storeSql } from '../../support/store-sql';

const queries = (Object.keys(contract) as MethodName[]).filter((name) => contract[name].kind === 'query');

/** A server database's every row of every table, and where its sequences stand, hashed (its pages are the server's). */
async function serverFingerprint(backend: Backend): Promise<string> {
  const q = storeSql(backend);
  const tables = await q.values<string>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
     order by table_name`,
  );
  const perTable = tables.map(
    (table) =>
      `select '${table}' as name, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as hash from "${table}" t`,
  );
  const sequences = `select sequencename::text, coalesce(last_value, 0)::text from pg_sequences where schemaname = current_schema()`;
  return (await q.value<string>(
    `select md5(string_agg(name || ':' || hash, '|' order by name)) from (${perTable.join(' union all ')} union all ${sequences}) as hashed`,
  ))!;
}

// Runs every query on a populated company and compares the file's bytes after each: a long walk by design.
describe('every query only reads', { timeout: 90_000 }, () => {
  it('leaves the database as it was: the SQLite file byte for byte, or every row of a server database', async () => {
    const { backend, world, close } = await contractWorld();
    try {
      // Derived rows are brought up to date first (what the daily refresh does when the app opens): with the clock
      // fixed, the refresh steps a query declares then find nothing to do, and whatever else changes is the query's.
      await backend.refreshDerived();
      const file = backend.session.file;
      const fingerprint = async () => {
        if (testStoreIsPostgres()) return serverFingerprint(backend);
        const hash = createHash('sha256').update(backend.store.raw.serialize());
        for (const part of [file, `${file}-wal`]) if (fs.existsSync(part)) hash.update(fs.readFileSync(part));
        return hash.digest('hex');
      };
      const writers: string[] = [];
      const refused: string[] = [];
      for (const name of queries) {
        const before = await fingerprint();
        const result = await backend.dispatch(name, sampleFor(name, world));
        if (!result.ok) refused.push(`${name}: ${JSON.stringify(result.error)}`);
        if ((await fingerprint()) !== before)
          writers.push(
            `${name} wrote to the database: declare it an \`action\` (with its effects) or a \`mutation\`, or move the write into a refresh step it declares \`fresh\``,
          );
      }
      expect(refused, 'every query sample must be accepted (fix the sample in test/support/method-samples.ts)').toEqual([]);
      expect(writers).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has sample arguments for every query and mutation', () => {
    const missing = (Object.keys(contract) as MethodName[])
      .filter((name) => contract[name].kind !== 'action')
      .flatMap((name) => {
        try {
          sampleFor(name, {} as never);
          return [];
        } catch (error) {
          return (error as Error).message.startsWith(name) ? [(error as Error).message] : [];
        }
      });
    expect(missing).toEqual([]);
  });
});
