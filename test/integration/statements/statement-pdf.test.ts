import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesWith, pdfPageCount, pdfText, pdfWords } from '../../support/pdf-text';
import { CONTENT_BOTTOM } from '../../../src-main/documents/pdf-page';
import { tempDir } from '../../support/temp-dir';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';
import { customer, setUpCompany } from './ledger-fixture';

const TITLE = 'Şişli Çözüm İnşaat Ğıda Ürünleri Ltd. Şti.';
const { today, now } = fixedClock();
const d = (day: string) => day.split('-').reverse().join('.');

/** A ledger with a balance carried in, every kind of movement and two currencies. */
async function ledger() {
  const b = await testBackend(undefined, now);
  await setUpCompany(b);
  const c = await customer(b, TITLE);
  const inv = (number: string, issueDate: string, dueDate: string, total: number, currency: 'TRY' | 'USD' = 'TRY') =>
    call(b, 'invoices/create', { customerId: c.id, number, issueDate, dueDate, total, currency });
  const pay = (date: string, amount: number, method: 'bank_transfer' | 'cash', currency: 'TRY' | 'USD' = 'TRY') =>
    call(b, 'payments/record', { customerId: c.id, date, amount, method, currency });

  await inv('FA-2025-1', '2025-12-10', '2026-01-09', 100_000);
  await pay('2025-12-20', 40_000, 'bank_transfer');
  const fb = await inv('FA-2026-1', '2026-02-01', '2026-03-03', 250_000);
  await pay('2026-02-15', 60_000, 'bank_transfer');
  await call(b, 'credit-notes/create', { customerId: c.id, number: 'IA-1', date: '2026-03-01', amount: 50_000, invoiceId: fb.id });
  const fc = await inv('FA-2026-2', '2026-04-01', '2026-05-01', 123_456);
  const reversed = await pay('2026-04-10', 30_000, 'cash');
  await call(b, 'invoices/write-off', { id: fc.id, reason: 'Tahsil edilemedi', date: '2026-06-01' });
  await call(b, 'payments/reverse', { id: reversed.id, reason: 'Yanlış cari' });
  await inv('FA-USD-1', '2026-05-01', '2026-06-01', 500_000, 'USD');
  await pay('2026-06-15', 200_000, 'bank_transfer', 'USD');
  return { b, c };
}

async function exportPdf(b: Awaited<ReturnType<typeof testBackend>>, args: Record<string, unknown>) {
  const file = path.join(tempDir(), 'out.pdf');
  const result = await call(b, 'statements/export', { customerId: 1, output: file, ...args } as never);
  expect(result).toMatchObject({ status: 'written', path: file });
  return { file, text: pdfText(file) };
}

describe('account statement PDF', () => {
  it('carries the opening balance and lists every movement with its running balance, per currency', async () => {
    const { b, c } = await ledger();
    const { text } = await exportPdf(b, { from: '2026-01-01', to: today });

    expect(text).toContain('Cari Hesap Ekstresi');
    expect(text).toContain(TITLE);
    expect(text).toContain('Deniz Gıda Ticaret A.Ş.');
    expect(text).toContain('TCKN: 10000000146 · Şişli V.D.');
    expect(text).toContain(`01.01.2026 – ${d(today)}`);
    expect(text).toContain('Para birimi: TRY (₺)');
    expect(text).toContain('Para birimi: USD ($)');

    // Each row: date, document, description, due, debit or credit, running balance.
    const rows: string[][] = [
      ['01.01.2026', 'Devreden bakiye', '600,00'],
      ['01.02.2026', 'FA-2026-1', 'Fatura', '03.03.2026', '2.500,00', '3.100,00'],
      ['15.02.2026', 'Tahsilat · Havale/EFT', '600,00', '2.500,00'],
      ['01.03.2026', 'IA-1', 'İade / alacak dekontu', '500,00', '2.000,00'],
      ['01.04.2026', 'FA-2026-2', 'Fatura', '01.05.2026', '1.234,56', '3.234,56'],
      ['10.04.2026', 'Tahsilat · Nakit', '300,00', '2.934,56'],
      ['01.06.2026', 'FA-2026-2', 'Alacak silme', '1.234,56', '1.700,00'],
      [d(today), 'İptal (ters kayıt) · Nakit', '300,00', '2.000,00'],
      ['Dönem toplamı', '4.034,56', '2.634,56'],
      ['01.01.2026', 'Devreden bakiye', '0,00'],
      ['01.05.2026', 'FA-USD-1', 'Fatura', '01.06.2026', '5.000,00', '5.000,00'],
      ['15.06.2026', 'Tahsilat · Havale/EFT', '2.000,00', '3.000,00'],
    ];
    for (const row of rows) expect(linesWith(text, ...row), row.join(' | ')).toHaveLength(1);
    // The invoice issued before the period is in the opening balance only.
    expect(text).not.toContain('FA-2025-1');
    // Still open and past due on the statement date: highlighted with its days overdue.
    expect(linesWith(text, 'FA-2026-1', 'gün gecikmiş')).toHaveLength(1);

    // The closing balances are the ledger's.
    const account = await call(b, 'customers/account', { id: c.id });
    const balance = (currency: string) => account.currencies.find((x) => x.currency === currency)!.balance;
    expect(balance('TRY')).toBe(200_000);
    expect(balance('USD')).toBe(300_000);
    expect(linesWith(text, `Bakiye (${d(today)})`, '2.000,00 ₺')).toHaveLength(1);
    expect(linesWith(text, `Bakiye (${d(today)})`, '3.000,00 $')).toHaveLength(1);
    expect(text).toContain('TR33 0006 1005 1978 6457 8413 26');
    expect(text).toContain('Sayfa 1 / 1');
  });

  it('writes English with English numbers', async () => {
    const { b } = await ledger();
    const { text } = await exportPdf(b, { from: '2026-01-01', to: today, language: 'en' });
    expect(text).toContain('Statement of Account');
    expect(linesWith(text, '01/02/2026', 'FA-2026-1', 'Invoice', '2,500.00', '3,100.00')).toHaveLength(1);
    expect(linesWith(text, `Balance (${today.split('-').reverse().join('/')})`, '₺2,000.00')).toHaveLength(1);
    expect(text).toContain('Page 1 / 1');
  });

  it('lists only what is still open with the open-items option', async () => {
    const { b } = await ledger();
    const { text } = await exportPdf(b, { to: today, openItemsOnly: true });
    expect(text).toContain('Açık Kalemler Ekstresi');
    expect(linesWith(text, '01.02.2026', 'FA-2026-1', '2.500,00', '2.000,00', '2.000,00')).toHaveLength(1);
    expect(linesWith(text, 'FA-USD-1', '5.000,00', '3.000,00', '3.000,00')).toHaveLength(1);
    expect(text).not.toContain('FA-2026-2'); // written off
    expect(text).not.toContain('Devreden bakiye');
    expect(linesWith(text, `Açık bakiye (${d(today)})`, '2.000,00 ₺')).toHaveLength(1);
  });

  it('runs to three pages with the table header and "Sayfa n / 3" on each', async () => {
    const b = await testBackend(undefined, now);
    await setUpCompany(b);
    const c = await customer(b, 'Çok Hareketli Müşteri A.Ş.');
    let running = 0;
    const expected: [string, string][] = [];
    for (let i = 0; i < 100; i++) {
      const day = `2026-0${1 + Math.floor(i / 20)}-${String(1 + (i % 20)).padStart(2, '0')}`;
      const total = 10_000 + i * 137;
      running += total;
      await call(b, 'invoices/create', {
        customerId: c.id,
        number: `FT-${1000 + i}`,
        issueDate: day,
        dueDate: '2026-12-31',
        total,
      });
      expected.push([`FT-${1000 + i}`, (running / 100).toLocaleString('tr-TR', { minimumFractionDigits: 2 })]);
    }
    const { file, text } = await exportPdf(b, { customerId: c.id, from: '2026-01-01', to: '2026-11-01' });
    expect(pdfPageCount(file)).toBe(3);
    for (const page of [1, 2, 3]) expect(text).toContain(`Sayfa ${page} / 3`);
    expect(linesWith(text, 'Tarih', 'Belge no', 'Açıklama', 'Vade', 'Borç', 'Alacak', 'Bakiye')).toHaveLength(3);
    for (const [number, balance] of expected) expect(linesWith(text, number, balance), number).toHaveLength(1);
    expect(linesWith(text, 'Bakiye (01.11.2026)', `${expected.at(-1)![1]} ₺`)).toHaveLength(1);
  });
});

describe('statement signature', () => {
  it('keeps the company name, room to sign and the signature line together above the footer, however long the table', async () => {
    const b = await testBackend(undefined, now);
    await setUpCompany(b);
    const c = await customer(b, 'İmza Testi Ltd.');
    // Each invoice adds a row: the closing block meets the page's end at some count in this range.
    for (let i = 0; i < 44; i++) {
      await call(b, 'invoices/create', {
        customerId: c.id,
        number: `FT-${100 + i}`,
        issueDate: '2026-02-01',
        dueDate: '2026-12-31',
        total: 10_000,
      });
      if (i < 14) continue;
      const file = path.join(tempDir(), `s${i}.pdf`);
      await call(b, 'statements/export', { customerId: c.id, from: '2026-01-01', to: '2026-11-01', output: file });
      const words = pdfWords(file);
      const signer = words.filter((w) => w.text === 'Işık');
      expect(signer, `${i + 1} rows`).toHaveLength(1);
      const [sig] = signer;
      expect(sig!.yMax, `${i + 1} rows: signature above the footer`).toBeLessThanOrEqual(CONTENT_BOTTOM);
      // The company's name heads the block on the same page, with room to sign between them.
      const above = words.filter(
        (w) => w.page === sig!.page && w.text === 'Ticaret' && w.yMax < sig!.yMin && w.yMax > sig!.yMin - 90,
      );
      expect(above, `${i + 1} rows: company name above the signature`).toHaveLength(1);
      expect(sig!.yMin - above[0]!.yMax, `${i + 1} rows: room to sign`).toBeGreaterThanOrEqual(45);
    }
  }, 60_000);
});

describe('reconciliation letter', () => {
  it('states the balance per currency on the day, the TTK 94/1 note and a reply slip', async () => {
    const { b } = await ledger();
    const { text } = await exportPdf(b, { kind: 'reconciliation', to: today });
    expect(text).toContain('Mutabakat Mektubu');
    expect(text).toContain(TITLE);
    expect(linesWith(text, '2.000,00 ₺', 'borç bakiyesi')).toHaveLength(1);
    expect(linesWith(text, '3.000,00 $', 'borç bakiyesi')).toHaveLength(1);
    expect(text.replace(/\s+/g, ' ')).toContain('Türk Ticaret Kanunu’nun 94/1. maddesi uyarınca');
    for (const phrase of ['Mutabakat Cevap Formu', 'Mutabıkız.', 'Mutabık değiliz.', 'Kaşe ve imza'])
      expect(text).toContain(phrase);
    // The reply slip says it from the customer's side, in whole sentences without nested parentheses.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      `Mutabıkız. Kayıtlarımızda ${d(today)} tarihi itibarıyla firmanıza 2.000,00 ₺ ve 3.000,00 $ borçlu olduğumuz görülmektedir.`,
    );
    expect(flat).toContain(`Mutabık değiliz. Kayıtlarımızda ${d(today)} tarihi itibarıyla bakiye şöyledir:`);
    expect(flat).toContain('firmanıza borçluyuz firmanızdan alacaklıyız');
    expect(flat).not.toMatch(/\([^()]*\(/);

    // A balance on an earlier day, and the company's own wording instead of the default.
    await setUpCompany(b, { reconciliationText: 'Bir ay içinde itiraz etmezseniz bakiye kesinleşir (TTK 94/1).' });
    const earlier = await exportPdf(b, { kind: 'reconciliation', to: '2026-02-01' });
    expect(linesWith(earlier.text, '3.100,00 ₺', 'borç bakiyesi')).toHaveLength(1);
    expect(earlier.text).toContain('Bir ay içinde itiraz etmezseniz bakiye kesinleşir (TTK 94/1).');
    expect(earlier.text).not.toContain('$');
  });

  it("words the reply slip from the customer's side when we owe them, and in English", async () => {
    const b = await testBackend(undefined, now);
    await setUpCompany(b);
    const c = await customer(b, 'Avanslı Müşteri');
    await call(b, 'payments/record', { customerId: c.id, date: '2026-03-10', amount: 1_234_567, method: 'cash' });
    const tr = await exportPdf(b, { customerId: c.id, kind: 'reconciliation', to: '2026-04-01' });
    expect(tr.text.replace(/\s+/g, ' ')).toContain(
      'Mutabıkız. Kayıtlarımızda 01.04.2026 tarihi itibarıyla firmanızdan 12.345,67 ₺ alacaklı olduğumuz görülmektedir.',
    );
    const en = await exportPdf(b, { customerId: c.id, kind: 'reconciliation', to: '2026-04-01', language: 'en' });
    const flat = en.text.replace(/\s+/g, ' ');
    expect(flat).toContain('We agree. Our records show that as of 01/04/2026 you owe us ₺12,345.67.');
    expect(flat).not.toMatch(/\([^()]*\(/);
  });
});
