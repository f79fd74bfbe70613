import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateFor } from '../../../src-renderer/app/event-sync';
import type { AppEvent } from '../../../src-shared/contract/events';
import { contract, type MethodName } from '../../../src-shared/contract/methods';
import { contractWorld } from '../../support/contract-world';
import { sampleFor } from '../../support/method-samples';
import { SCREEN_KEYS } from '../../support/screen-query-keys';

const names = Object.keys(contract) as MethodName[];
const queries = names.filter((name) => contract[name].kind === 'query');
const mutations = names.filter((name) => contract[name].kind === 'mutation');

type KeyOf = (args: unknown, value: unknown) => QueryKey;

/** Parts of an answer that follow the file rather than a user's change. */
const PROJECTION: Partial<Record<MethodName, (value: never) => unknown>> = {
  // A company file's size moves when SQLite checkpoints its log, not when a record changes.
  'companies/list': (files: { size: number }[]) => files.map(({ size: _size, ...file }) => file),
};

/** A PDF made twice differs in the moment it was made (pdfkit stamps the wall clock) and the ID derived from it. */
const comparable = (result: unknown): string =>
  JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith('JVBER')
      ? Buffer.from(value, 'base64')
          .toString('latin1')
          .replace(/\(D:\d{14}Z\)/g, '')
          .replace(/\/ID \[[^\]]*\]/g, '')
      : value,
  );

// Runs every mutation and re-reads every cached query after each: a long walk by design (minutes on a server, whose
// every statement is a round trip, on a machine other tests share).
describe('events refresh every screen a mutation changes', { timeout: 240_000 }, () => {
  it('knows the screen key (or that no screen caches it) of every query', () => {
    const missing = queries.filter((name) => !(name in SCREEN_KEYS));
    expect(
      missing,
      'add each to test/support/screen-query-keys.ts: the key its screen caches it under, or null if no screen does',
    ).toEqual([]);
  });

  it('after each mutation, the events it published invalidate the cached answer of every query whose answer changed', async () => {
    const { backend, world, close } = await contractWorld();
    try {
      await backend.refreshDerived();
      const cached = queries.filter((name) => SCREEN_KEYS[name]);
      const answers = async () => {
        const out = new Map<MethodName, { text: string; value: unknown }>();
        for (const name of cached) {
          const result = await backend.dispatch(name, sampleFor(name, world));
          const value = result.ok ? result.value : null;
          const project = PROJECTION[name] as ((v: unknown) => unknown) | undefined;
          out.set(name, { text: comparable(project && result.ok ? project(value) : result), value });
        }
        return out;
      };
      // An answer that differs between two reads of the same state (a timestamp of the moment) says nothing here.
      let before = await answers();
      const again = await answers();
      const unstable = cached.filter((name) => before.get(name)!.text !== again.get(name)!.text);
      expect(unstable, 'queries whose answer changes with nothing written').toEqual([]);

      const published: AppEvent[] = [];
      backend.events.subscribe((event) => published.push(event));
      const stale: string[] = [];
      for (const name of mutations) {
        published.length = 0;
        const result = await backend.dispatch(name, sampleFor(name, world));
        expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
        const after = await answers();
        const client = new QueryClient();
        const changed = cached.filter((query) => after.get(query)!.text !== before.get(query)!.text);
        const keys = new Map<MethodName, QueryKey>();
        for (const query of changed) {
          const { value } = before.get(query)!;
          const key = (SCREEN_KEYS[query] as KeyOf)(sampleFor(query, world), value);
          keys.set(query, key);
          client.setQueryData(key, value);
        }
        for (const event of published) invalidateFor(event, client);
        for (const [query, key] of keys)
          if (!client.getQueryState(key)?.isInvalidated)
            stale.push(
              `${name} changes what ${query} answers, but its events (${published.map((e) => e.type).join(', ') || 'none'}) ` +
                `do not refresh ${JSON.stringify(key)}: emit the event that does, or invalidate the key for it in src-renderer/app/event-sync.ts`,
            );
        before = after;
      }
      expect(stale).toEqual([]);
    } finally {
      await close();
    }
  });
});
