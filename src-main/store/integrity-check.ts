import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sqliteBinding } from './sqlite-file';

// Plain CommonJS run by the worker: it needs nothing but better-sqlite3 (resolved by the caller).
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.module);
  const options = { readonly: true, fileMustExist: true };
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
  const db = new Database(workerData.file, options);
  try {
    parentPort.postMessage({ ok: true, result: String(db.pragma('integrity_check', { simple: true })) });
  } finally {
    db.close();
  }
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error && error.message), code: error && error.code });
}
`;

/**
 * `PRAGMA integrity_check` on a worker thread: it reads every page (minutes for a company with a million
 * invoices) and better-sqlite3 is synchronous, so on the main thread it would freeze the app meanwhile.
 * Resolves with SQLite's answer ("ok" or the problems found); rejects when the file cannot be read at all.
 */
export function integrityCheck(file: string): Promise<string> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { file, module, nativeBinding: sqliteBinding() } });
    worker.once('message', (message: { ok: boolean; result?: string; message?: string; code?: string }) => {
      if (message.ok) resolve(message.result!);
      else reject(Object.assign(new Error(message.message), { code: message.code }));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
