import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_BOTTOM } from '../../../src-main/documents/pdf-page';
import { linesWith, pdfPageCount, pdfText, pdfWords } from '../../support/pdf-text';
import { tempDir } from '../../support/temp-dir';
import { call, refused, testBackend } from '../../support/test-backend';
import { customer, setUpCompany } from '../statements/ledger-fixture';

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function writePdf(
  b: Awaited<ReturnType<typeof testBackend>>,
  method: 'plans/export-schedule-pdf' | 'payments/export-receipt-pdf',
  args: Record<string, unknown>,
) {
  const file = path.join(tempDir(), 'doc.pdf');
  const result = await call(b, method, { output: file, ...args } as never);
  expect(result).toMatchObject({ status: 'written', path: file });
  return { file, text: pdfText(file) };
}

/** Both parties' signature lines: the names, then "Kaşe ve imza" or the signer under each, all above the footer. */
function expectSignaturesTogether(file: string, names: string[]) {
  const words = pdfWords(file);
  const last = Math.max(...words.map((w) => w.page));
  for (const name of names) {
    const first = name.split(' ')[0]!;
    const hits = words.filter((w) => w.page === last && w.text === first);
    expect(hits.length, name).toBeGreaterThan(0);
  }
  for (const w of words.filter((x) => x.page === last)) expect(w.yMax, w.text).toBeLessThanOrEqual(CONTENT_BOTTOM + 30);
}

describe('payment plan PDF', () => {
  it('prints the schedule with the customer, the invoices, the terms and both signatures', async () => {
    const b = await testBackend();
    await setUpCompany(b);
    const c = await customer(b, 'Ege Tekstil Ltd. Şti.');
    await call(b, 'invoices/create', {
      customerId: c.id,
      number: 'FT-1',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      total: 100_000,
    });
    await call(b, 'invoices/create', {
      customerId: c.id,
      number: 'FT-2',
      issueDate: '2026-02-05',
      dueDate: '2026-03-07',
      total: 200_000,
    });
    const plan = await call(b, 'plans/create', {
      customerId: c.id,
      scope: 'overdue',
      frequency: { kind: 'monthly', day: 1 },
      startDate: '2027-01-01',
      rows: [
        { dueDate: '2027-01-01', amount: 100_000 },
        { dueDate: '2027-02-01', amount: 100_000 },
        { dueDate: '2027-03-01', amount: 100_000 },
      ],
      note: 'Ödemeler havale ile yapılacaktır.',
    });
    const { file, text } = await writePdf(b, 'plans/export-schedule-pdf', { id: plan.id });
    expect(text).toContain('Ödeme Planı');
    expect(text).toContain(`#${plan.id}`);
    expect(text).toContain('Ege Tekstil Ltd. Şti.');
    expect(text).toContain('Deniz Gıda Ticaret A.Ş.');
    expect(linesWith(text, 'FT-1', '04.02.2026', '1.000,00')).toHaveLength(1);
    expect(linesWith(text, '1. taksit', '01.01.2027', '1.000,00', '0,00', '1.000,00', 'Bekliyor')).toHaveLength(1);
    expect(linesWith(text, '3. taksit', '01.03.2027', '1.000,00')).toHaveLength(1);
    expect(linesWith(text, 'Toplam', '3.000,00', '0,00', '3.000,00')).toHaveLength(1);
    expect(flat(text)).toContain('Ödemeler havale ile yapılacaktır.');
    expect(flat(text)).toContain('gün sonra hâlâ ödenmemişse plan bozulmuş sayılır');
    for (const phrase of ['Alacaklı', 'Borçlu', 'Muhasebe Müdürü Ayşe Işık', 'Kaşe ve imza']) expect(text).toContain(phrase);
    expectSignaturesTogether(file, ['Deniz Gıda', 'Ege Tekstil']);

    const en = await writePdf(b, 'plans/export-schedule-pdf', { id: plan.id, language: 'en' });
    expect(en.text).toContain('Payment Plan');
    expect(linesWith(en.text, 'Instalment 1', '01/01/2027', '1,000.00')).toHaveLength(1);

    const preview = await call(b, 'plans/schedule-pdf', { id: plan.id });
    expect(preview.fileName).toBe(`C00001-Ege-Tekstil-Ltd-Sti-odeme-plani-${plan.id}.pdf`);
    expect(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await refused(b, 'plans/schedule-pdf', { id: 999 })).kind).toBe('not_found');
  });

  it('keeps the signatures whole after a long schedule', async () => {
    const b = await testBackend();
    await setUpCompany(b);
    const c = await customer(b, 'Uzun Vade A.Ş.');
    await call(b, 'invoices/create', { customerId: c.id, issueDate: '2026-01-05', dueDate: '2026-02-04', total: 6_000_000 });
    const rows = Array.from({ length: 60 }, (_, i) => ({
      dueDate: `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      amount: 100_000,
    }));
    const plan = await call(b, 'plans/create', {
      customerId: c.id,
      scope: 'overdue',
      frequency: { kind: 'monthly', day: 1 },
      startDate: '2027-01-01',
      rows,
    });
    const { file, text } = await writePdf(b, 'plans/export-schedule-pdf', { id: plan.id });
    expect(pdfPageCount(file)).toBeGreaterThan(1);
    expect(linesWith(text, '60. taksit', '01.12.2031', '1.000,00')).toHaveLength(1);
    const words = pdfWords(file);
    const signer = words.find((w) => w.text === 'Işık')!;
    const debtor = words.filter((w) => w.text === 'Uzun' && w.page === signer.page);
    expect(debtor.length).toBeGreaterThan(0);
    expect(signer.yMax).toBeLessThanOrEqual(CONTENT_BOTTOM);
  });
});

describe('collection receipt PDF', () => {
  it('states the amount in figures and Turkish words, the method and the invoices it settled', async () => {
    const b = await testBackend();
    await setUpCompany(b);
    const c = await customer(b, 'Akdeniz Gıda');
    await call(b, 'invoices/create', {
      customerId: c.id,
      number: 'FT-10',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      total: 1_000_000,
    });
    await call(b, 'invoices/create', {
      customerId: c.id,
      number: 'FT-11',
      issueDate: '2026-01-06',
      dueDate: '2026-02-05',
      total: 200_000,
    });
    const payment = await call(b, 'payments/record', {
      customerId: c.id,
      date: '2026-03-02',
      amount: 1_234_567,
      method: 'bank_transfer',
      reference: 'Dekont 4711',
    });
    const { file, text } = await writePdf(b, 'payments/export-receipt-pdf', { id: payment.id });
    expect(text).toContain('Tahsilat Makbuzu');
    expect(text).toMatch(/\d\d\.\d\d\.\d{4} \d\d:\d\d tarihinde/);
    expect(text).toContain(`TM-${String(payment.id).padStart(6, '0')}`);
    expect(text).toContain('02.03.2026');
    expect(text).toContain('12.345,67 ₺');
    expect(flat(text)).toContain('Yalnız on iki bin üç yüz kırk beş TL altmış yedi kr.');
    expect(linesWith(text, 'Ödeme şekli', 'Havale/EFT')).toHaveLength(1);
    expect(text).toContain('Dekont 4711');
    expect(linesWith(text, 'FT-10', '10.000,00')).toHaveLength(1);
    expect(linesWith(text, 'FT-11', '2.000,00')).toHaveLength(1);
    expect(linesWith(text, 'Faturaya bağlanmamış (avans)', '345,67')).toHaveLength(1);
    expect(linesWith(text, 'Toplam', '12.345,67')).toHaveLength(1);
    for (const phrase of ['Tahsil eden', 'Ödeyen', 'Kaşe ve imza']) expect(text).toContain(phrase);
    expectSignaturesTogether(file, ['Deniz Gıda', 'Akdeniz Gıda']);
  });

  it('lists the cheque taken, marks a reversed payment and refuses a credit note', async () => {
    const b = await testBackend();
    await setUpCompany(b);
    const c = await customer(b, 'Çekli Müşteri');
    await call(b, 'invoices/create', {
      customerId: c.id,
      number: 'FT-20',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      total: 500_000,
    });
    const cheque = await call(b, 'cheques/record', {
      kind: 'cheque',
      customerId: c.id,
      serialNumber: 'AB-778899',
      bank: 'Ziraat Bankası',
      branch: 'Konak',
      drawer: 'Çekli Müşteri',
      issueDate: '2026-03-01',
      dueDate: '2026-06-30',
      amount: 500_000,
      receivedOn: '2026-03-01',
    });
    const { text } = await writePdf(b, 'payments/export-receipt-pdf', { id: cheque.paymentId });
    expect(linesWith(text, 'Ödeme şekli', 'Çek')).toHaveLength(1);
    expect(text).toContain('Çek / senet bilgileri');
    expect(linesWith(text, 'Çek', 'AB-778899', 'Ziraat Bankası / Konak', 'Çekli Müşteri', '30.06.2026', '5.000,00')).toHaveLength(
      1,
    );
    expect(flat(text)).toContain('Yalnız beş bin TL.');

    const wrong = await call(b, 'payments/record', {
      customerId: c.id,
      date: '2026-03-05',
      amount: 10_000,
      method: 'cash',
      allocate: 'none',
    });
    await call(b, 'payments/reverse', { id: wrong.id, reason: 'Yanlış cari' });
    const reversed = await writePdf(b, 'payments/export-receipt-pdf', { id: wrong.id });
    expect(flat(reversed.text)).toMatch(
      /İPTAL EDİLDİ: bu tahsilat \d\d\.\d\d\.\d{4} tarihinde iptal edilmiştir\. Sebep: Yanlış cari/,
    );

    const credit = await call(b, 'credit-notes/create', { customerId: c.id, number: 'IA-1', date: '2026-03-06', amount: 1_000 });
    const refusal = await refused(b, 'payments/receipt-pdf', { id: credit.id });
    expect(refusal.kind).toBe('validation');
  });
});
