import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testBackend } from '../../support/test-backend';

describe('VAT breakdown only where there is one', () => {
  it('leaves net and VAT empty in the invoice export for a single-total invoice, and fills them for a line invoice', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', { title: 'Tek Tutar Ltd.' });
    await call(b, 'invoices/create', { customerId: c.id, number: 'TEK-1', issueDate: '2026-03-10', total: 120_000 });
    await call(b, 'invoices/create', {
      customerId: c.id,
      number: 'KLM-1',
      issueDate: '2026-03-10',
      lines: [{ description: 'Nakliye', quantity: 1, unitPrice: 100_000, vatRate: 20 }],
    });
    const out = path.join(b.dataDir, 'faturalar.csv');
    await call(b, 'exports/invoices', { format: 'csv', output: out });
    const [header, ...rows] = fs
      .readFileSync(out, 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    const net = header!.indexOf('Matrah');
    const vat = header!.indexOf('KDV');
    expect(net, header!.join('|')).toBeGreaterThan(-1);
    expect(vat).toBeGreaterThan(-1);
    const single = rows.find((r) => r[0] === 'TEK-1')!;
    const lines = rows.find((r) => r[0] === 'KLM-1')!;
    expect([single[net], single[vat]]).toEqual(['', '']);
    expect([lines[net], lines[vat]]).toEqual(['1000,00', '200,00']);
  });
});
