import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesWith, pdfPageCount, pdfText } from '../../support/pdf-text';
import { call, refused, testBackend } from '../../support/test-backend';
import { COMPANY } from '../statements/ledger-fixture';

const money = { header: 'Tutar', kind: 'money' as const, currency: 'TRY' as const };

describe('reports/pdf', () => {
  it('draws the table with its formatted figures, repeats the header on each page, and adds the totals', async () => {
    const b = await testBackend();
    await call(b, 'company-profile/update', COMPANY);
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

  it('saves through the document host (exports/ outside the desktop app), wide tables on landscape pages', async () => {
    const b = await testBackend();
    await call(b, 'company-profile/update', COMPANY);
    const buckets = ['Vadesi gelmemiş', '1–30', '31–60', '61–90', '91–120', '121–180', '181–365', '365+'];
    const saved = await call(b, 'reports/export-pdf', {
      fileName: 'yaslandirma',
      title: 'Yaşlandırma',
      tables: [
        {
          title: 'Yaşlandırma (TRY)',
          columns: [{ header: 'Cari', kind: 'text', width: 40 }, ...buckets.map((header) => ({ ...money, header })), money],
          rows: [['Bora Lojistik Ltd.', 100, 200, 300, 400, 500, 600, 700, 800, 3600]],
        },
      ],
    });
    expect(saved).toMatchObject({ status: 'written', path: path.join(b.dataDir, 'exports', 'yaslandirma.pdf'), pages: 1 });
    if (saved.status !== 'written') throw new Error('not written');
    expect(linesWith(pdfText(saved.path), 'Bora Lojistik Ltd.', '1,00', '2,00', '8,00', '36,00')).toHaveLength(1);
    const size = execFileSync('pdfinfo', [saved.path], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:\s+841\.89 x 595\.28/);
    // A narrow table stays portrait; a second export does not overwrite the first.
    const narrow = await call(b, 'reports/export-pdf', {
      fileName: 'yaslandirma',
      title: 'Yaşlandırma',
      tables: [{ title: 'x', columns: [{ header: 'Cari', kind: 'text' }, money], rows: [['A', 1]] }],
    });
    expect(narrow).toMatchObject({ status: 'written', path: path.join(b.dataDir, 'exports', 'yaslandirma (2).pdf') });
    if (narrow.status !== 'written') throw new Error('not written');
    expect(execFileSync('pdfinfo', [narrow.path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89/);
  });

  it('refuses a file name that could leave the folder', async () => {
    const b = await testBackend();
    await call(b, 'company-profile/update', COMPANY);
    const error = await refused(b, 'reports/pdf', {
      fileName: '../x',
      title: 'x',
      tables: [{ title: 'x', columns: [money], rows: [] }],
    });
    expect(error.kind).toBe('validation');
  });
});
