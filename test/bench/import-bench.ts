import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/backend';
import { customerRows, invoiceRows, turkishCsv } from '../support/import-files';

async function timed(backend: Backend, method: string, args: unknown): Promise<{ ms: number; cpuMs: number; value: unknown }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await backend.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  const used = process.cpuUsage(cpu);
  return { ms: Math.round(performance.now() - start), cpuMs: Math.round((used.user + used.system) / 1000), value: result.value };
}

/**
 * BENCH_IMPORT (default 100,000) invoice rows in a Windows-1254 CSV with Turkish amounts and dates, over 1,000
 * customers: check every row, then commit them (backup, one transaction). The issue asks for under 10 s.
 * CPU time is printed too: on a shared machine the wall clock also counts other processes.
 */
export async function importBench(backend: Backend, rows = 100_000): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-import-bench-'));
  try {
    const customers = path.join(dir, 'cariler.csv');
    fs.writeFileSync(customers, turkishCsv(customerRows(1000)));
    const customersCommit = await timed(backend, 'imports/commit', { source: { path: customers }, kind: 'customers' });
    const invoices = path.join(dir, 'faturalar.csv');
    fs.writeFileSync(invoices, turkishCsv(invoiceRows(rows, 1000)));
    const validate = await timed(backend, 'imports/validate', { source: { path: invoices }, kind: 'invoices' });
    const commit = await timed(backend, 'imports/commit', { source: { path: invoices }, kind: 'invoices' });
    return {
      rows,
      fileMB: Number((fs.statSync(invoices).size / 1e6).toFixed(1)),
      validateMs: validate.ms,
      validateCpuMs: validate.cpuMs,
      commitMs: commit.ms,
      commitCpuMs: commit.cpuMs,
      imported: (commit.value as { created: number }).created,
      // The 1,000 customers the invoices are for, imported first (a new company: every row a new card).
      customersCommitMs: customersCommit.ms,
      customersCommitCpuMs: customersCommit.cpuMs,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
