import { describe, expect, it } from 'vitest';
import { call, refused, testBackend } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';
import {
  borcAlacakCsv,
  camt053Statement,
  englishCsv,
  mt940Statement,
  xlsxStatement,
  type FixtureLine,
} from '../../support/bank-statements';
import { ACCOUNT, bankCompany, DENIZ_IBAN, OTHER_ACCOUNT, statementFile, YILMAZ_IBAN } from './bank-setup';

const LINES: FixtureLine[] = [
  {
    date: '2026-12-01',
    amount: 1_250_000,
    description: 'FT2026000101 NOLU FATURA ÖDEMESİ',
    sender: 'YILMAZ İNŞAAT TAAHHÜT LTD. ŞTİ.',
    senderIban: YILMAZ_IBAN,
    reference: 'D-1001',
  },
  { date: '2026-12-01', amount: -45_000, description: 'HAVALE ÜCRETİ', reference: 'D-1002' },
  {
    date: '2026-12-02',
    amount: 2_345_678,
    description: 'Cari ödeme 4540536920 Aralık ayı mal bedeli ve diğer giderler',
    sender: 'DENİZ GIDA SAN VE TIC AS',
    senderIban: DENIZ_IBAN,
    reference: 'D-1003',
  },
  { date: '2026-12-02', amount: 123_456, description: 'EFT', sender: 'BILINMEYEN KISI', reference: 'D-1004' },
];

describe('bank statements: reading every format', () => {
  it('reads a Windows-1254 CSV with Borç/Alacak columns, thousands separators and a description continued on the next row', async () => {
    const backend = await testBackend();
    await bankCompany(backend);
    const dir = tempDir();
    const [info] = await call(backend, 'bank/inspect', {
      source: statementFile(dir, 'garanti.csv', borcAlacakCsv(LINES)),
      accountIban: ACCOUNT,
    });
    expect(info).toMatchObject({ format: 'sheet', lines: 4, credits: 3, debits: 1 });
    expect(info!.sample[0]).toMatchObject({ bookingDate: '2026-12-01', direction: 'credit', amount: 1_250_000 });
    expect(info!.sample[1]).toMatchObject({ direction: 'debit', amount: 45_000, description: 'HAVALE ÜCRETİ' });
    expect(info!.sample[2]!.description).toBe('Cari ödeme 4540536920 Aralık ayı mal bedeli ve diğer giderler');
  });

  it('reads an Excel export with the account above the header, negative debits and multi-line cells', async () => {
    const backend = await testBackend();
    await bankCompany(backend);
    const dir = tempDir();
    const [info] = await call(backend, 'bank/inspect', {
      source: statementFile(dir, 'isbank.xlsx', await xlsxStatement(ACCOUNT, LINES)),
    });
    expect(info).toMatchObject({ format: 'sheet', accountIban: ACCOUNT, lines: 4, credits: 3, debits: 1 });
    expect(info!.sample[0]!.description).toContain('FT2026000101 NOLU FATURA ÖDEMESİ');
    expect(info!.sample[0]!.amount).toBe(1_250_000);
  });

  it('reads an English CSV, MT940 and camt.053 alike', async () => {
    const backend = await testBackend();
    await bankCompany(backend);
    const dir = tempDir();
    for (const [name, bytes, format] of [
      ['export.csv', englishCsv(LINES), 'sheet'],
      ['hesap.sta', mt940Statement(ACCOUNT, LINES), 'mt940'],
      ['camt053.xml', camt053Statement(ACCOUNT, LINES), 'camt053'],
    ] as const) {
      const [info] = await call(backend, 'bank/inspect', { source: statementFile(dir, name, bytes) });
      expect(info, name).toMatchObject({ format, lines: 4, credits: 3, debits: 1 });
      expect(
        info!.sample.map((s) => s.amount),
        name,
      ).toEqual([1_250_000, 45_000, 2_345_678, 123_456]);
      expect(info!.sample[2]!.bookingDate, name).toBe('2026-12-02');
      if (format !== 'sheet') expect(info!.accountIban).toBe(ACCOUNT);
    }
  });
});

describe('bank statements: import, match, accept', () => {
  it('imports a line once across files, refuses another account, and matches with reasons', async () => {
    const backend = await testBackend();
    const { yilmaz, deniz } = await bankCompany(backend);
    const dir = tempDir();
    const first = await call(backend, 'bank/import', {
      source: statementFile(dir, 'a.xml', camt053Statement(ACCOUNT, LINES.slice(0, 3))),
      accountIban: ACCOUNT,
    });
    expect(first).toMatchObject({ imported: 2, debits: 1, duplicates: 0 });
    const second = await call(backend, 'bank/import', {
      source: statementFile(dir, 'b.xml', camt053Statement(ACCOUNT, LINES.slice(1))),
      accountIban: ACCOUNT,
    });
    expect(second).toMatchObject({ imported: 1, duplicates: 2 });

    const wrong = await refused(backend, 'bank/import', {
      source: statementFile(dir, 'c.sta', mt940Statement(ACCOUNT, LINES)),
      accountIban: OTHER_ACCOUNT,
    });
    expect(wrong.issues?.[0]?.key).toBe('bank.error.otherAccount');

    const page = await call(backend, 'bank/lines', { status: 'open' });
    expect(page.counts).toMatchObject({ open: 3, debit: 1 });
    const byAmount = new Map(page.items.map((l) => [l.amount, l]));
    const y = byAmount.get(1_250_000)!;
    expect(y.customerId).toBe(yilmaz.id);
    expect(y.candidates[0]!.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['invoiceNumber', 'nameExact', 'amountInvoice']),
    );
    expect(y.confidence).toBeGreaterThanOrEqual(90);
    const d = byAmount.get(2_345_678)!;
    expect(d.customerId).toBe(deniz.id);
    expect(d.candidates[0]!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['taxId', 'amountInvoice']));
    expect(byAmount.get(123_456)!.customerId).toBeNull();
  });

  it('accepts confident lines as bank-transfer payments once, learns the IBAN and matches the next line by it', async () => {
    const backend = await testBackend();
    const { yilmaz, invoices } = await bankCompany(backend);
    const dir = tempDir();
    await call(backend, 'bank/import', { source: statementFile(dir, 'a.csv', borcAlacakCsv(LINES)), accountIban: ACCOUNT });
    const result = await call(backend, 'bank/accept', { allConfident: true });
    expect(result.accepted).toBe(2);
    const again = await call(backend, 'bank/accept', {
      allConfident: true,
      items: (await call(backend, 'bank/lines', { status: 'accepted' })).items.map((l) => ({ lineId: l.id })),
    });
    expect(again).toMatchObject({ accepted: 0, skipped: 2, paymentIds: [] });

    const payments = await call(backend, 'payments/list', { customerId: yilmaz.id });
    expect(payments.items).toHaveLength(1);
    expect(payments.items[0]).toMatchObject({
      method: 'bank_transfer',
      reference: 'D-1001',
      date: '2026-12-01',
      amount: 1_250_000,
    });
    expect((await call(backend, 'invoices/get', { id: invoices.y1.id })).openAmount).toBe(0);
    expect(await call(backend, 'bank/customer-ibans', { customerId: yilmaz.id })).toEqual([
      expect.objectContaining({ iban: YILMAZ_IBAN, source: 'learned' }),
    ]);

    // A partial payment from the learned IBAN with no name: the IBAN alone finds Yılmaz (doubtful: one clue).
    const next: FixtureLine = {
      date: '2026-12-03',
      amount: 300_000,
      description: 'ODEME',
      senderIban: YILMAZ_IBAN,
      reference: 'D-2001',
    };
    await call(backend, 'bank/import', { source: statementFile(dir, 'b.csv', borcAlacakCsv([next])), accountIban: ACCOUNT });
    const line = (await call(backend, 'bank/lines', { status: 'open' })).items.find((l) => l.reference === 'D-2001')!;
    expect(line.customerId).toBe(yilmaz.id);
    expect(line.candidates[0]!.reasons[0]!.code).toBe('ibanLearned');
    expect(line.allocation).toEqual([expect.objectContaining({ invoiceId: invoices.y2.id, amount: 300_000 })]);
  });

  it('accepts a line split between two customers with a hand allocation, and dismisses another', async () => {
    const backend = await testBackend();
    const { yilmaz, ozturk, invoices } = await bankCompany(backend);
    const dir = tempDir();
    await call(backend, 'bank/import', { source: statementFile(dir, 'a.csv', borcAlacakCsv(LINES)), accountIban: ACCOUNT });
    const open = (await call(backend, 'bank/lines', { status: 'open' })).items;
    const unknown = open.find((l) => l.amount === 123_456)!;
    const bad = await refused(backend, 'bank/accept', {
      items: [{ lineId: unknown.id, parts: [{ customerId: yilmaz.id, amount: 100_000 }] }],
    });
    expect(bad.issues?.[0]?.key).toBe('bank.error.partsSum');
    await call(backend, 'bank/accept', {
      items: [
        {
          lineId: unknown.id,
          parts: [
            { customerId: yilmaz.id, amount: 23_456 },
            { customerId: ozturk.id, amount: 100_000, allocate: [{ invoiceId: invoices.o2.id, amount: 100_000 }] },
          ],
        },
      ],
    });
    expect((await call(backend, 'invoices/get', { id: invoices.o2.id })).openAmount).toBe(600_000);
    expect((await call(backend, 'invoices/get', { id: invoices.o1.id })).openAmount).toBe(500_000);
    const deniz = open.find((l) => l.amount === 2_345_678)!;
    expect(await call(backend, 'bank/dismiss', { lineIds: [deniz.id, deniz.id] })).toEqual({ dismissed: 1 });
    const after = await call(backend, 'bank/lines', { status: 'open' });
    expect(after.counts).toMatchObject({ open: 1, accepted: 1, dismissed: 1, debit: 1 });
  });

  it('finds a customer by an IBAN typed on the card', async () => {
    const backend = await testBackend();
    const { ozturk } = await bankCompany(backend);
    const dir = tempDir();
    await call(backend, 'bank/add-customer-iban', { customerId: ozturk.id, iban: DENIZ_IBAN });
    await call(backend, 'bank/import', {
      source: statementFile(
        dir,
        'a.csv',
        borcAlacakCsv([
          { date: '2026-12-04', amount: 500_000, description: 'HAVALE', senderIban: DENIZ_IBAN, sender: 'ÖZTÜRK ÇELİK' },
        ]),
      ),
      accountIban: ACCOUNT,
    });
    const [found] = (await call(backend, 'bank/lines', { status: 'open' })).items;
    expect(found).toMatchObject({ customerId: ozturk.id });
    expect(found!.confidence).toBeGreaterThanOrEqual(90);
    expect(found!.candidates[0]!.reasons.map((r) => r.code)).toEqual(['ibanCard', 'nameExact', 'amountInvoice']);
  });
  it('finds a customer by a cheque serial in the description, in any letter case, Turkish letters too', async () => {
    const backend = await testBackend();
    const { deniz, ozturk } = await bankCompany(backend);
    const dir = tempDir();
    const cheque = (customerId: number, serialNumber: string) =>
      call(backend, 'cheques/record', {
        kind: 'cheque',
        customerId,
        serialNumber,
        bank: 'Ziraat Bankası',
        branch: 'Konak',
        drawer: 'Ege Tekstil A.Ş.',
        issueDate: '2026-11-01',
        dueDate: '2027-01-15',
        amount: 10_000,
        receivedOn: '2026-11-01',
        allocate: 'none',
      });
    await cheque(ozturk.id, 'ab-77120');
    await cheque(deniz.id, 'çk-5521');
    await call(backend, 'bank/import', {
      source: statementFile(
        dir,
        'a.csv',
        borcAlacakCsv([
          { date: '2026-12-04', amount: 10_000, description: 'CEK AB-77120 KARSILIGI', reference: 'C-1' },
          { date: '2026-12-04', amount: 10_000, description: 'ÇEK ÇK-5521 BEDELİ', reference: 'C-2' },
        ]),
      ),
      accountIban: ACCOUNT,
    });
    const lines = (await call(backend, 'bank/lines', { status: 'open' })).items;
    const byRef = (ref: string) => lines.find((l) => l.reference === ref)!;
    expect(byRef('C-1').customerId).toBe(ozturk.id);
    expect(byRef('C-1').candidates[0]!.reasons.map((r) => r.code)).toContain('chequeRef');
    expect(byRef('C-2').customerId).toBe(deniz.id);
    expect(byRef('C-2').candidates[0]!.reasons.map((r) => r.code)).toContain('chequeRef');
  });
});
