import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, refused, testBackend } from '../../support/test-backend';

const csvRows = (file: string): string[][] => {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^;]*)(;|$)/g)!
        .slice(0, -1)
        .map((c) => c.replace(/;$/, '').replace(/^"|"$/g, '').replaceAll('""', '"')),
    );
};

async function ledger() {
  const b = await testBackend();
  const deniz = await call(b, 'customers/create', { title: 'Deniz Gıda; "Şube"', city: 'İzmir' });
  const kuzey = await call(b, 'customers/create', { title: 'Kuzey Yapı' });
  const invoices = [];
  for (let i = 0; i < 30; i++) {
    invoices.push(
      await call(b, 'invoices/create', {
        customerId: i % 3 === 0 ? kuzey.id : deniz.id,
        issueDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
        total: 123_456 + i * 1001,
        ...(i % 5 === 0 ? { currency: 'USD' as const } : {}),
      }),
    );
  }
  await call(b, 'payments/record', { customerId: deniz.id, date: '2026-10-01', amount: 50_000, method: 'bank_transfer' });
  return { b, deniz, kuzey, invoices };
}

describe('exports', () => {
  it('writes invoices as CSV in Turkish numbers and reads back the same figures', async () => {
    const { b, invoices } = await ledger();
    const out = path.join(b.dataDir, 'out', 'faturalar.csv');
    fs.mkdirSync(path.dirname(out));
    const result = await call(b, 'exports/invoices', { format: 'csv', output: out });
    expect(result).toEqual({ status: 'written', path: out, rows: 30 });
    const [header, ...rows] = csvRows(out);
    expect(header!.slice(0, 3)).toEqual(['Belge no', 'Fatura tarihi', 'Vade tarihi']);
    const total = header!.indexOf('Tutar');
    const title = header!.indexOf('Ünvan');
    for (const invoice of invoices) {
      const row = rows.find((r) => r[0] === invoice.number)!;
      expect(row[total]).toBe((invoice.total / 100).toFixed(2).replace('.', ','));
      expect(row[header!.indexOf('Para birimi')]).toBe(invoice.currency);
    }
    expect(rows.some((r) => r[title] === 'Deniz Gıda; "Şube"')).toBe(true); // quoted, not split
  });

  it('writes English exports with decimal points and XLSX with real numbers and dates', async () => {
    const { b, invoices, deniz } = await ledger();
    await call(b, 'settings/update', { language: 'en' });
    const out = path.join(b.dataDir, 'invoices.xlsx');
    expect(await call(b, 'exports/invoices', { format: 'xlsx', output: out, customerId: deniz.id })).toMatchObject({ rows: 20 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Invoices')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['Document no', 'Invoice date']);
    const mine = invoices.filter((i) => i.customerId === deniz.id);
    expect(sheet.rowCount).toBe(1 + mine.length);
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const invoice = mine.find((i) => i.number === row.getCell(1).value)!;
      expect(row.getCell(header.indexOf('Amount') + 1).value).toBe(invoice.total / 100);
      expect(row.getCell(2).value).toEqual(new Date(`${invoice.issueDate}T00:00:00Z`));
    }
    const csv = path.join(b.dataDir, 'payments.csv');
    await call(b, 'exports/payments', { output: csv });
    const [head, payment] = csvRows(csv);
    expect(payment![head!.indexOf('Amount')]).toBe('500.00');
    expect(payment![head!.indexOf('Method')]).toBe('Bank transfer');
  });

  it('exports customers, aging and a timeline, refuses a path from the app and an unknown customer', async () => {
    const { b, deniz } = await ledger();
    const customers = path.join(b.dataDir, 'c.csv');
    await call(b, 'exports/customers', { output: customers });
    expect(csvRows(customers).map((r) => r[1])).toEqual(['Ünvan', 'Deniz Gıda; "Şube"', 'Kuzey Yapı']);
    const aging = path.join(b.dataDir, 'a.xlsx');
    expect((await call(b, 'exports/aging', { format: 'xlsx', output: aging })).status).toBe('written');
    const timeline = path.join(b.dataDir, 't.csv');
    const written = await call(b, 'exports/timeline', { customerId: deniz.id, output: timeline });
    expect(written).toMatchObject({ rows: 21 }); // 20 invoices and a payment
    expect((await refused(b, 'exports/timeline', { customerId: 999, output: timeline })).kind).toBe('not_found');
    // Without `output` the file goes to the exports folder (browser mode and CLI).
    const inFolder = await call(b, 'exports/customers', { format: 'xlsx' });
    expect(inFolder.status === 'written' && path.dirname(inFolder.path)).toBe(path.join(b.dataDir, 'exports'));
  });

  it("makes the accountant's ZIP: CSVs and a database backup that opens", async () => {
    const { b } = await ledger();
    const zip = path.join(b.dataDir, 'muhasebe.zip');
    const result = await call(b, 'exports/company', { output: zip });
    expect(result.status).toBe('written');
    const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' });
    for (const name of ['cariler.csv', 'faturalar.csv', 'tahsilatlar.csv', 'yaslandirma.csv', 'default.vade.sqlite']) {
      expect(listing).toContain(name);
    }
    const dir = path.join(b.dataDir, 'unzipped');
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    expect(csvRows(path.join(dir, 'faturalar.csv'))).toHaveLength(31);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path.join(dir, 'default.vade.sqlite'), { readonly: true });
    expect(db.prepare('select count(*) from invoices').pluck().get()).toBe(30);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
