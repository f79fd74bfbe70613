import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ForecastBacktest } from '../../../src-shared/domain/dashboard/types';
import { sqliteBinding } from '../../store/sqlite-file';
import type { BacktestJob } from './backtest-worker';

/**
 * How to start backtest-worker: the esbuild bundle has it as dist/main/backtest-worker.cjs beside main.cjs
 * (scripts/build-main.mjs); from sources (tsx, vitest) the worker registers tsx and imports the .ts file.
 * Either way through eval'd CommonJS, whose require() also reads inside an asar.
 */
function workerStart(): { code: string; entry: string; tsx?: string } {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) {
    return {
      code: 'require(require("node:worker_threads").workerData.entry)',
      entry: fileURLToPath(new URL('./backtest-worker.cjs', here)),
    };
  }
  // tsx's ESM register() (require.resolve gives its CommonJS twin, beside it).
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  return {
    code: `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`,
    entry: new URL('./backtest-worker.ts', here).href,
    tsx,
  };
}

/** The back-test computed on a worker thread, so the main thread (every other call) is not held up meanwhile. */
export function backtestOnThread(file: string, today: string, weeks: number): Promise<ForecastBacktest> {
  const { code, ...start } = workerStart();
  const job: BacktestJob = { file, nativeBinding: sqliteBinding(), today, weeks };
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { ...start, job } });
    worker.once('message', (message: { ok: boolean; value?: ForecastBacktest; message?: string }) => {
      if (message.ok) resolve(message.value!);
      else reject(new Error(`Back-test worker failed: ${message.message}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Back-test worker stopped (exit code ${code})`)));
  });
}
