import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src-shared/contract/methods';
import { contractWorld } from '../../support/contract-world';
import { sampleFor } from '../../support/method-samples';

const queries = (Object.keys(contract) as MethodName[]).filter((name) => contract[name].kind === 'query');

// Runs every query on a populated company and compares the file's bytes after each: a long walk by design.
describe('every query only reads', { timeout: 90_000 }, () => {
  it('leaves the database byte-identical: its pages and its files on disk', async () => {
    const { backend, world, close } = await contractWorld();
    try {
      // Derived rows are brought up to date first (what the daily refresh does when the app opens): with the clock
      // fixed, the refresh steps a query declares then find nothing to do, and whatever else changes is the query's.
      await backend.refreshDerived();
      const file = backend.session.file;
      const fingerprint = () => {
        const hash = createHash('sha256').update(backend.store.raw.serialize());
        for (const part of [file, `${file}-wal`]) if (fs.existsSync(part)) hash.update(fs.readFileSync(part));
        return hash.digest('hex');
      };
      const writers: string[] = [];
      const refused: string[] = [];
      for (const name of queries) {
        const before = fingerprint();
        const result = await backend.dispatch(name, sampleFor(name, world));
        if (!result.ok) refused.push(`${name}: ${JSON.stringify(result.error)}`);
        if (fingerprint() !== before)
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
