import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesWith, pdfPageCount, pdfText } from '../../support/pdf-text';
import { call, refused, testBackend } from '../../support/test-backend';

const money = { header: 'Tutar', kind: 'money' as const, currency: 'TRY' as const };

describe('reports/pdf', () => {
  it('draws the table with its formatted figures, repeats the header on each page, and adds the totals', async () => {
    const b = await testBackend();
    const rows = Array.from({ length: 120 }, (_, i) => [
      `Cari ${i + 1} Ticaret A.Ş.`,
      '2026-03-05',
      i + 1,
      123_456 * (i + 1),
      0.125,
    ]);
    const rendered = await call(b, 'reports/pdf', {
      fileName: 'odeme-davranisi',
      title: 'Ödeme davranışı',
      subtitle: 'Tüm ödenmiş faturalar üzerinden',
      tables: [
        {
          title: 'Ödeme davranışı (TRY)',
          columns: [
            { header: 'Cari', kind: 'text', width: 40 },
            { header: 'Tarih', kind: 'date' },
            { header: 'Adet', kind: 'integer' },
            money,
            { header: 'Geç ödenen', kind: 'percent' },
          ],
          rows,
          totals: ['Toplam', null, 7260, 123_456 * 7260, null],
        },
      ],
    });
    expect(rendered.fileName).toBe('odeme-davranisi.pdf');
    const file = path.join(b.dataDir, rendered.fileName);
    fs.writeFileSync(file, Buffer.from(rendered.pdfBase64, 'base64'));
    const text = pdfText(file);
    expect(pdfPageCount(file)).toBe(rendered.pages);
    expect(rendered.pages).toBeGreaterThan(1);
    expect(text).toContain('Ödeme davranışı');
    expect(text).toContain('Tüm ödenmiş faturalar üzerinden');
    expect(linesWith(text, 'Cari 2 Ticaret A.Ş.', '05.03.2026', '2', '2.469,12', '12,5 %')).toHaveLength(1);
    expect(linesWith(text, 'Cari 120 Ticaret A.Ş.', '120', '148.147,20')).toHaveLength(1);
    expect(linesWith(text, 'Toplam', '7.260', '8.962.905,60')).toHaveLength(1);
    // Every page starts its table with the header again.
    expect(linesWith(text, 'Cari', 'Tarih', 'Adet', 'Tutar', 'Geç ödenen')).toHaveLength(rendered.pages);
  });

  it('refuses a file name that could leave the folder', async () => {
    const b = await testBackend();
    const error = await refused(b, 'reports/pdf', {
      fileName: '../x',
      title: 'x',
      tables: [{ title: 'x', columns: [money], rows: [] }],
    });
    expect(error.kind).toBe('validation');
  });
});
