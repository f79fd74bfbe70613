import { performance } from 'node:perf_hooks';
import { openBackend } from '../../src-main/backend';
const b = await openBackend({ dataDir: process.argv[2]!, mode: 'cli' });
for (const [m, a] of [
  ['dashboard/forecast', {}],
  ['dashboard/kpis', {}],
  ['dashboard/backtest', {}],
] as const) {
  await b.dispatch(m, a);
  const s = performance.now();
  for (let i = 0; i < 3; i++) await b.dispatch(m, a);
  console.log(m, ((performance.now() - s) / 3).toFixed(1));
}
await b.close();
