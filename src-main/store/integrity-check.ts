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
    parentPort.postMessage({ ok: true, result: String(db.pragma(workerData.pragma, { simple: true })) });
  } finally {
    db.close();
  }
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error && error.message), code: error && error.code });
}
`;

export interface CheckOptions {
  /** `quick_check` (seconds for a 1 GB company: the company file's check on opening) or the full `integrity_check`. */
  pragma?: 'integrity_check' | 'quick_check';
  /** Stops the worker (the file is about to be closed or moved): the promise then resolves with null. */
  signal?: AbortSignal;
}

/**
 * `PRAGMA integrity_check` on a worker thread with its own read-only connection: it reads every page (minutes for
 * a company with a million invoices) and better-sqlite3 is synchronous, so on the main thread it would freeze the
 * app meanwhile. Resolves with SQLite's answer ("ok" or the problems found), null when stopped; rejects when the
 * file cannot be read at all.
 */
export function integrityCheck(file: string, options: CheckOptions & { signal: AbortSignal }): Promise<string | null>;
export function integrityCheck(file: string, options?: CheckOptions): Promise<string>;
export function integrityCheck(file: string, options: CheckOptions = {}): Promise<string | null> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const pragma = options.pragma ?? 'integrity_check';
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return resolve(null);
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { file, module, pragma, nativeBinding: sqliteBinding() } });
    const stop = () => {
      resolve(null);
      void worker.terminate();
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (message: { ok: boolean; result?: string; message?: string; code?: string }) => {
      options.signal?.removeEventListener('abort', stop);
      if (message.ok) resolve(message.result!);
      else reject(Object.assign(new Error(message.message), { code: message.code }));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
