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

/** `run(method, args)`: a call to measure, which throws when the backend refuses it. */
export const callsOf =
  (backend: Backend) =>
  <N extends MethodName>(method: N, args: MethodInput<N>) =>
  async () => {
    const result = await backend.dispatch(method, args);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };

const RUNS = 9;

export async function todayBench(backend: Backend, busy: number): Promise<Record<string, number>> {
  const run = callsOf(backend);
  // Wall and CPU time (user + system) of Today alone, medians of 9 runs (5 left a server's figure swinging by 20 ms
  // between runs of the same code): on a loaded machine the CPU is what compares.
  const figures: Record<string, number> = {};
  const measure = async (name: string, before: (i: number) => Promise<unknown>) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await before(i);
      const used = process.cpuUsage();
      const start = performance.now();
      await run('today/list', { limit: 100 })();
      wall.push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    figures[name] = median(wall);
    figures[`${name} (CPU)`] = median(cpu);
  };
  await measure('today/list first page after a call is logged', () =>
    run('activities/log', { customerId: busy, kind: 'call', summary: 'Bench', outcome: 'no_answer' })(),
  );
  await measure('today/list first page again', async () => undefined);
  // A payment changes the ledger: the first Today after it works its overdue and promises out again.
  await measure('today/list first page after a payment (worked out again)', (i) =>
    run('payments/record', { customerId: busy + 1 + i, date: todayLocal(), amount: 10_000 + i, method: 'cash' })(),
  );
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
