import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/backend';
import type { AppEvent } from '../../../src-shared/contract/events';
import { linesWith, pdfPageCount, pdfText } from '../../support/pdf-text';
import { tempDir } from '../../support/temp-dir';
import { call, refused, testBackend } from '../../support/test-backend';
import { COMPANY, setUpCompany } from './ledger-fixture';

/** `n` customers, each owing one invoice; every third has paid it (balance 0). */
async function customersWithBalances(n: number) {
  const b = await testBackend();
  await setUpCompany(b);
  for (let i = 0; i < n; i++) {
    const c = await call(b, 'customers/create', { title: `Müşteri ${i + 1} Çağ/Öz "Ltd"` });
    await call(b, 'invoices/create', { customerId: c.id, issueDate: '2026-03-01', dueDate: '2026-04-01', total: 100_000 + i });
    if (i % 3 === 2)
      await call(b, 'payments/record', { customerId: c.id, date: '2026-03-10', amount: 100_000 + i, method: 'cash' });
  }
  return b;
}

const isWholePdf = (file: string) => {
  const bytes = fs.readFileSync(file);
  return bytes.subarray(0, 5).toString() === '%PDF-' && bytes.subarray(-6).toString().includes('%%EOF');
};

describe('batch export', () => {
  it('writes one PDF per customer with a balance, with safe file names, and reports each', async () => {
    const b = await customersWithBalances(6);
    const folder = path.join(tempDir(), 'out');
    const result = await call(b, 'statements/export-batch', { filter: { balance: 'nonzero' }, to: '2026-11-01', output: folder });
    expect(result).toMatchObject({ status: 'done', path: folder, total: 4, failed: [], skipped: 0 });
    expect(result.written.map((w) => w.file)).toEqual([
      'C00001-Musteri-1-Cag-Oz-Ltd-2026-11-01.pdf',
      'C00002-Musteri-2-Cag-Oz-Ltd-2026-11-01.pdf',
      'C00004-Musteri-4-Cag-Oz-Ltd-2026-11-01.pdf',
      'C00005-Musteri-5-Cag-Oz-Ltd-2026-11-01.pdf',
    ]);
    expect(fs.readdirSync(folder).sort()).toEqual(result.written.map((w) => w.file));
    const text = pdfText(path.join(folder, result.written[1]!.file));
    expect(text).toContain('Müşteri 2 Çağ/Öz "Ltd"');
    expect(linesWith(text, 'Bakiye (01.11.2026)', '1.000,01 ₺')).toHaveLength(1);
  });

  it('puts reconciliation letters for overdue customers into one combined PDF, each numbered on its own', async () => {
    const b = await customersWithBalances(3);
    const file = path.join(tempDir(), 'all.pdf');
    const result = await call(b, 'statements/export-batch', {
      kind: 'reconciliation',
      filter: { balance: 'positive', overdueOnly: true },
      layout: 'combined',
      to: '2026-11-01',
      output: file,
    });
    expect(result).toMatchObject({ status: 'done', path: file, total: 2 });
    expect(pdfPageCount(file)).toBe(2);
    const text = pdfText(file);
    expect(text.match(/Sayfa 1 \/ 1/g)).toHaveLength(2);
    expect(linesWith(text, '1.000,00 ₺', 'borç bakiyesi')).toHaveLength(1);
    expect(linesWith(text, '1.000,01 ₺', 'borç bakiyesi')).toHaveLength(1);
  });

  it('stops on cancel, reports what was written, and leaves no half-written file', async () => {
    const b = await customersWithBalances(30);
    for (const layout of ['files', 'combined'] as const) {
      const target = path.join(tempDir(), layout === 'files' ? 'folder' : 'all.pdf');
      const progress: AppEvent[] = [];
      const unsubscribe = b.events.subscribe((event) => {
        if (event.type !== 'statements/progress') return;
        progress.push(event);
        if (event.done >= 3) void b.dispatch('statements/cancel', { jobId: `cancel-${layout}` });
      });
      const result = await call(b, 'statements/export-batch', {
        filter: { balance: 'any' },
        layout,
        jobId: `cancel-${layout}`,
        to: '2026-11-01',
        output: target,
      });
      unsubscribe();
      expect(result.status).toBe('cancelled');
      expect(result.total).toBe(30);
      expect(result.skipped).toBeGreaterThan(0);
      expect(progress.length).toBeGreaterThan(0);
      const folder = layout === 'files' ? target : path.dirname(target);
      const files = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
      expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
      if (layout === 'files') {
        expect(files.sort()).toEqual(result.written.map((w) => w.file).sort());
        expect(files.length).toBeLessThan(30);
        for (const f of files) expect(isWholePdf(path.join(folder, f)), f).toBe(true);
      } else {
        expect(files).toEqual([]); // the combined file appears only when complete
        expect(result.path).toBeNull();
      }
    }
    expect(await call(b, 'statements/cancel', { jobId: 'cancel-files' })).toEqual({ cancelled: false });
  });

  it('counts the customers a filter matches', async () => {
    const b = await customersWithBalances(6);
    expect(await call(b, 'statements/count', { filter: { balance: 'nonzero' } })).toEqual({ total: 4 });
    expect(await call(b, 'statements/count', { filter: { balance: 'any', currency: 'USD' } })).toEqual({ total: 0 });
    expect(await call(b, 'statements/count', { filter: { balance: 'any' } })).toEqual({ total: 6 });
  });

  it('filters by the stored risk segment; a customer with no ledger is the neutral B', async () => {
    const b = await customersWithBalances(3);
    const late = await call(b, 'customers/create', { title: 'Geç Öder Ltd.' });
    // Three invoices paid 100 days late and one long overdue: segment D.
    for (let i = 0; i < 3; i++) {
      const inv = await call(b, 'invoices/create', {
        customerId: late.id,
        issueDate: '2026-01-01',
        dueDate: '2026-01-31',
        total: 1000,
      });
      await call(b, 'payments/record', {
        customerId: late.id,
        date: '2026-05-11',
        amount: 1000,
        method: 'cash',
        allocate: [{ invoiceId: inv.id, amount: 1000 }],
      });
    }
    await call(b, 'invoices/create', { customerId: late.id, issueDate: '2025-01-01', dueDate: '2025-01-31', total: 5000 });
    const segments = new Map<number, string>();
    for (const c of (await call(b, 'customers/list', { limit: 50 })).items)
      segments.set(c.id, (await call(b, 'customers/risk', { id: c.id })).segment);
    const count = async (wanted: ('A' | 'B' | 'C' | 'D')[]) =>
      (await call(b, 'statements/count', { filter: { balance: 'any', segments: wanted } })).total;
    const expected = (wanted: string[]) => [...segments.values()].filter((s) => wanted.includes(s)).length;
    expect(segments.get(late.id)).toBe('D');
    for (const wanted of [['A'], ['B'], ['C', 'D'], ['A', 'B', 'C', 'D']] as ('A' | 'B' | 'C' | 'D')[][])
      expect(await count(wanted)).toBe(expected(wanted));
  });

  it('takes a file path from the command line only; the app writes where its host says', async () => {
    const dataDir = tempDir();
    const browser = await openBackend({ dataDir, mode: 'browser' });
    try {
      await call(browser, 'company-profile/update', COMPANY);
      await call(browser, 'customers/create', { title: 'Tarayıcı Müşterisi' });
      const error = await refused(browser, 'statements/export', { customerId: 1, output: '/tmp/x.pdf' });
      expect(error.issues).toEqual([expect.objectContaining({ path: ['output'], key: 'validation.outputCliOnly' })]);
      const written = await call(browser, 'statements/export', { customerId: 1, to: '2026-11-01' });
      expect(written).toMatchObject({
        status: 'written',
        path: path.join(dataDir, 'exports', 'C00001-Tarayici-Musterisi-2026-11-01.pdf'),
      });
      expect(isWholePdf((written as { path: string }).path)).toBe(true);
      const preview = await call(browser, 'statements/render', { customerId: 1, kind: 'reconciliation' });
      expect(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(preview.fileName).toMatch(/^C00001-Tarayici-Musterisi-mutabakat-\d{4}-\d{2}-\d{2}\.pdf$/);
    } finally {
      await browser.close();
    }
  });
});
