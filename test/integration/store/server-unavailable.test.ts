import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/backend';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { call } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

let cluster: PgCluster | null = null;
afterAll(() => cluster?.stop());

describe('a company server that goes away', () => {
  it('answers a typed, translated "unavailable" while the server is down, writes nothing half, and reconnects when it is back', async () => {
    // A cluster of this test's own: it is shut down and started again.
    cluster = await startPgCluster();
    const admin = new pg.Client(`${cluster.baseUrl}postgres`);
    admin.on('error', () => {});
    await admin.connect();
    await admin.query('create database away');
    await admin.end();
    const b = await openBackend({ dataDir: tempDir(), mode: 'cli', databaseUrl: `${cluster.baseUrl}away` });
    try {
      const customer = await call(b, 'customers/create', { title: 'Deniz Gıda' });
      await call(b, 'settings/update', { language: 'en' });

      cluster.halt();
      const down = await b.dispatch('invoices/create', {
        customerId: customer.id,
        issueDate: '2026-11-02',
        dueDate: '2026-12-02',
        total: 150_000,
        currency: 'TRY',
      });
      expect(down.ok).toBe(false);
      if (down.ok) return;
      expect(down.error.kind).toBe('unavailable');
      expect(down.error.message).toMatch(/sunucusuna ulaşılamıyor/); // the language setting is on the server: Turkish
      const read = await b.dispatch('customers/list', {});
      expect(!read.ok && read.error.kind).toBe('unavailable');

      cluster.resume();
      // The pool connects again by itself; the invoice refused while the server was down was never written.
      expect((await call(b, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Deniz Gıda']);
      expect((await call(b, 'invoices/list', {})).items).toEqual([]);
      await call(b, 'invoices/create', {
        customerId: customer.id,
        issueDate: '2026-11-02',
        dueDate: '2026-12-02',
        total: 150_000,
        currency: 'TRY',
      });
      expect((await call(b, 'invoices/list', {})).items).toHaveLength(1);
    } finally {
      await b.close();
    }
  }, 180_000);
});
