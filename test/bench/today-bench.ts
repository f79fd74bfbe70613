/**
 * Today's worklist at size: the first page after a change that leaves the ledger alone (a call logged), again with
 * nothing changed, and after a payment (the ledger parts worked out again). Called by ledger-bench.ts on the
 * seeded ledger; `tsx test/bench/today-bench.ts <data dir>` runs it on a COPY of an existing company.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openBackend, type Backend } from '../../src-main/backend';
import { todayLocal } from '../../src-shared/dates/business-date';
import type { MethodInput, MethodName } from '../../src-shared/contract/methods';
import { medianMs } from './customers-bench';

export async function todayBench(backend: Backend, busy: number): Promise<Record<string, number>> {
  const run =
    <N extends MethodName>(method: N, args: MethodInput<N>) =>
    async () => {
      const result = await backend.dispatch(method, args);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
  const figures: Record<string, number> = {};
  figures['today/list first page after a call is logged'] = await medianMs(async () => {
    await run('activities/log', { customerId: busy, kind: 'call', summary: 'Bench', outcome: 'no_answer' })();
    await run('today/list', { limit: 100 })();
  }, 5);
  figures['today/list first page again'] = await medianMs(run('today/list', { limit: 100 }), 5);
  // A payment changes the ledger: the first Today after it works its overdue and promises out again.
  const afterPayment: number[] = [];
  for (let i = 0; i < 5; i++) {
    await run('payments/record', { customerId: busy + 1 + i, date: todayLocal(), amount: 10_000 + i, method: 'cash' })();
    const start = performance.now();
    await run('today/list', { limit: 100 })();
    afterPayment.push(performance.now() - start);
  }
  figures['today/list first page after a payment (worked out again)'] = afterPayment.sort((a, b) => a - b)[2]!;
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: tsx test/bench/today-bench.ts <data dir (a copy)>');
  const backend = await openBackend({ dataDir, mode: 'cli' });
  try {
    console.log(JSON.stringify(await todayBench(backend, 101), null, 2));
  } finally {
    await backend.close();
  }
}
