/**
 * `npm run bench:dashboard -- <data folder>`: the dashboard's backend calls on an existing company (a COPY of a
 * big one: opening it runs any pending migration), timed cold (the first call after opening, as the owner's
 * first look in the morning; the back-test's call, and the time until its worker thread has it ready) and warm (the same figure computed again, and a repeat visit that the ledger memo
 * answers). Printed as JSON, never asserted.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openBackend } from '../../src-main/backend';
import { cashForecast } from '../../src-main/features/dashboard/forecast';
import { dashboardKpis } from '../../src-main/features/dashboard/kpis';
import { collectionsTrend } from '../../src-main/features/dashboard/trend';
import { keepRiskCurrent } from '../../src-main/features/reports/risk-store';
import { todayLocal } from '../../src-shared/dates/business-date';
import type { MethodInput, MethodName } from '../../src-shared/contract/methods';
import type { BacktestAnswer } from '../../src-shared/domain/dashboard/types';
import { backtestReadyEvent } from '../support/backtest-ready';
import { medianMs } from './customers-bench';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: npm run bench:dashboard -- <data folder (a copy: it is migrated)>');

const openStart = performance.now();
const backend = await openBackend({ dataDir, mode: 'cli' });
const openMs = performance.now() - openStart;
const today = todayLocal();

/** Wall time, and the process's CPU time beside it (on a machine shared with other work the wall time waits). */
const cpu: Record<string, number> = {};
const timed = async (work: () => Promise<unknown>, name?: string) => {
  const start = performance.now();
  const used = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(used);
  if (name) cpu[name] = Number(((user + system) / 1000).toFixed(1));
  return Number((performance.now() - start).toFixed(1));
};
const call =
  <N extends MethodName>(method: N, args: MethodInput<N>) =>
  async () => {
    const result = await backend.dispatch(method, args);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };

const cases: [string, () => Promise<unknown>][] = [
  ['dashboard/forecast (13 weeks)', call('dashboard/forecast', {})],
  ['dashboard/kpis', call('dashboard/kpis', {})],
  ['dashboard/forecast (12 months)', call('dashboard/forecast', { granularity: 'month' })],
  ['dashboard/trend', call('dashboard/trend', { months: 12 })],
  ['dashboard/segments', call('dashboard/segments', {})],
  ['reports/aging', call('reports/aging', {})],
];
const cold: Record<string, number> = {};
// Every customer's risk segment is refreshed on the first call of a day that needs segments (the forecast,
// the segment chart, the customer list), whichever comes first: timed apart from the calls.
cold['daily risk refresh (first call of the day)'] = await timed(() => keepRiskCurrent(backend.store.db, today), 'risk');
for (const [name, work] of cases) cold[name] = await timed(work, name);
// The back-test is made on a worker thread: the call answers at once (`computing` unless today's is kept),
// other calls go on meanwhile, and the ready event says when it is there.
const backtestReady = backtestReadyEvent(backend, 8);
const waitStart = performance.now();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const backtestAnswer: Record<string, string> = {};
cold['dashboard/backtest (8 weeks): the call'] = await timed(async () => {
  backtestAnswer.first = ((await call('dashboard/backtest', { weeks: 8 })()) as BacktestAnswer).status;
}, 'dashboard/backtest (8 weeks): the call');
cold['dashboard/segments while the back-test is made'] = await timed(call('dashboard/segments', {}));
if (backtestAnswer.first === 'computing') await backtestReady;
loopDelay.disable();
// How long the main thread was held up at most meanwhile (it was ~2.4 s when the back-test ran on it).
cold['main thread longest hold-up while the back-test is made'] = Number((loopDelay.max / 1e6).toFixed(1));
cold['dashboard/backtest (8 weeks): until ready (worker)'] = Number((performance.now() - waitStart).toFixed(1));
cold['dashboard/backtest (8 weeks): asked again'] = await timed(async () => {
  backtestAnswer.again = ((await call('dashboard/backtest', { weeks: 8 })()) as BacktestAnswer).status;
});
const again: Record<string, number> = {};
for (const [name, work] of cases) again[name] = await timed(work);
const computed = {
  'dashboard/forecast 13 weeks': Number(
    (await medianMs(() => cashForecast(backend.store.db, today, today, 'week', 13), 5)).toFixed(1),
  ),
  'dashboard/forecast 12 months': Number(
    (await medianMs(() => cashForecast(backend.store.db, today, today, 'month', 12), 5)).toFixed(1),
  ),
  'dashboard/kpis': Number((await medianMs(() => dashboardKpis(backend.store.db, today), 5)).toFixed(1)),
  'dashboard/trend': Number((await medianMs(() => collectionsTrend(backend.store.db, today, 12), 5)).toFixed(1)),
};
console.log(
  JSON.stringify(
    {
      openMs: Math.round(openMs),
      migratedFrom: backend.store.migration.from,
      migratedTo: backend.store.migration.to,
      coldMs: cold,
      backtestAnswers: backtestAnswer,
      coldCpuMs: cpu,
      repeatVisitMs: again,
      warmComputedMedianMs: computed,
    },
    null,
    2,
  ),
);
await backend.close();
