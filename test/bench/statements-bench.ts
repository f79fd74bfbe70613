import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/backend';
import type { BatchResult } from '../../src-shared/domain/statements/types';
import { seedCustomers } from './customers-bench';

const LOGO = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'company-logo.png'));

async function ok(backend: Backend, method: string, args: unknown): Promise<unknown> {
  const result = await backend.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * BENCH_STATEMENTS (default 1,000) one-page statements (three invoices and a payment each, with the company's logo and bank
 * account) written as one file per customer; the figure the issue asks for is statements per second.
 */
export async function statementsBench(backend: Backend, count = 1000): Promise<Record<string, unknown>> {
  await seedCustomers(backend, count);
  await ok(backend, 'company-profile/update', {
    title: 'Deniz Gıda Ticaret A.Ş.',
    taxId: '4540536920',
    taxOffice: 'Karşıyaka',
    address: 'Atatürk Cad. No: 12, Konak / İzmir',
    logo: { dataBase64: LOGO.toString('base64') },
    bankAccounts: [{ bank: 'Ziraat Bankası', iban: 'TR330006100519786457841326' }],
    signatureText: 'Muhasebe',
  });
  const stamp = new Date().toISOString();
  await backend.store.db.transaction().execute(async (trx) => {
    for (let first = 1; first <= count; first += 100) {
      const customers = Array.from({ length: Math.min(100, count - first + 1) }, (_, i) => first + i);
      await trx
        .insertInto('invoices')
        .values(
          customers.flatMap((c) =>
            [0, 1, 2].map((k) => {
              const number = `B${c}-${k}`;
              const total = 100_000 + c * 10 + k;
              return {
                customer_id: c,
                number,
                number_key: number.toLowerCase(),
                issue_date: `2026-0${3 + k}-10`,
                due_date: `2026-0${4 + k}-10`,
                currency: 'TRY',
                net: total,
                vat: 0,
                total,
                open_amount: total,
                written_off_amount: 0,
                open_disputes: 0,
                notes: '',
                version: 1,
                created_at: stamp,
                updated_at: stamp,
              };
            }),
          ),
        )
        .execute();
      await trx
        .insertInto('payments')
        .values(
          customers.map((c) => ({
            customer_id: c,
            kind: 'payment',
            date: '2026-05-01',
            currency: 'TRY',
            amount: 50_000,
            unallocated: 50_000,
            method: 'bank_transfer',
            reference: '',
            note: '',
            created_at: stamp,
          })),
        )
        .execute();
    }
  });

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-bench-statements-'));
  try {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = (await ok(backend, 'statements/export-batch', {
      filter: { balance: 'any' },
      from: '2026-01-01',
      to: '2026-11-01',
      output: folder,
    })) as BatchResult;
    const ms = performance.now() - start;
    const cpuUsed = process.cpuUsage(cpu);
    const bytes = fs.readdirSync(folder).reduce((sum, f) => sum + fs.statSync(path.join(folder, f)).size, 0);
    return {
      statements: result.written.length,
      failed: result.failed.length,
      totalMs: Math.round(ms),
      perSecond: Math.round((result.written.length / ms) * 1000),
      // CPU time of this process per statement: the figure to compare when other work shares the machine.
      cpuMsPerStatement: Number(((cpuUsed.user + cpuUsed.system) / 1000 / result.written.length).toFixed(2)),
      averageKb: Math.round(bytes / result.written.length / 1024),
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
