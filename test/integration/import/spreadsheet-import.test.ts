import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { call, refused, testBackend } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';
import { customerRows, invoiceRows, invoiceRowsTotal, turkishCsv, writeFile } from '../../support/import-files';
import fs from 'node:fs';

const customersCsv = turkishCsv([
  ['Cari Kod', 'Ünvan', 'Vergi No', 'Vergi Dairesi', 'Şehir', 'Telefon', 'E-posta', 'Vade (gün)'],
  ['ŞİŞ01', 'Şişli Çağrı Gıda Ltd. Şti.', '4540536920', 'Şişli', 'İstanbul', '0212 555 11 22', 'info@sisli.example', '45'],
  ['ĞÜN02', 'Güneş İğdır Tekstil A.Ş.', '1234567890', 'Iğdır', 'Iğdır', '', '', '30'],
  ['BAD03', 'X', '4540536921', '', 'Ankara', '', 'not-an-email', 'otuz'],
  ['IŞK04', 'Işık Kırtasiye', '10000000146', '', 'İzmir', '', '', ''],
]);

const ledger = async (backend: Backend) =>
  (
    await sql<Record<string, number>>`select (select count(*) from customers) as customers,
      (select count(*) from invoices) as invoices, (select coalesce(sum(total), 0) from invoices) as total,
      (select count(*) from payments) as payments,
      (select coalesce(sum(open), 0) from invoice_summary) as "summaryOpen"`.execute(backend.store.db)
  ).rows[0]!;

/**
 * Makes the database itself refuse the invoice numbered `number`, as a constraint would: SQLite's RAISE(ABORT),
 * a check violation raised by a trigger function on PostgreSQL.
 */
async function refuseInvoiceNumber(backend: Backend, number: string): Promise<void> {
  const db = backend.store.db;
  if (backend.store.kind === 'sqlite') {
    await sql`create trigger refuse_one before insert on invoices when new.number = ${sql.lit(number)}
      begin select raise(abort, 'disk says no'); end`.execute(db);
    return;
  }
  await sql`create function refuse_one() returns trigger language plpgsql as $$
    begin raise exception 'disk says no' using errcode = 'check_violation'; end $$`.execute(db);
  await sql`create trigger refuse_one before insert on invoices for each row when (new.number = ${sql.lit(number)})
    execute function refuse_one()`.execute(db);
}

async function importCustomers(backend: Backend, dir: string, bytes: Buffer, duplicates: 'skip' | 'update' = 'skip') {
  const path = writeFile(dir, 'cariler.csv', bytes);
  return call(backend, 'imports/commit', { source: { path }, kind: 'customers', duplicates });
}

describe('spreadsheet import', () => {
  it('reads a Windows-1254 CSV with ";", guesses the Turkish columns and reports each bad value by row and column', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    const path = writeFile(dir, 'cariler.csv', customersCsv);
    const inspected = await call(backend, 'imports/inspect', { source: { path } });
    expect(inspected).toMatchObject({ encoding: 'windows-1254', delimiter: ';', guessedKind: 'customers', remembered: false });
    expect(inspected.headers).toContain('Ünvan');
    expect(inspected.sample[0]).toContain('Şişli Çağrı Gıda Ltd. Şti.');
    expect(inspected.mapping).toMatchObject({
      code: 0,
      title: 1,
      taxId: 2,
      taxOffice: 3,
      city: 4,
      phone: 5,
      email: 6,
      paymentTermsDays: 7,
    });

    const report = await call(backend, 'imports/validate', { source: { path }, kind: 'customers' });
    expect(report).toMatchObject({ totalRows: 4, validRows: 3, invalidRows: 1, duplicateRows: 0 });
    const bad = report.issues.map((i) => [i.row, i.column, i.key]);
    expect(bad).toEqual(
      expect.arrayContaining([
        [4, 'Ünvan', 'validation.tooShort'],
        [4, 'Vergi No', 'validation.taxId.vkn'],
        [4, 'E-posta', 'validation.email'],
        [4, 'Vade (gün)', 'import.issue.days'],
      ]),
    );
    expect(report.issues.find((i) => i.column === 'Vade (gün)')?.message).toBe('Gün sayısı okunamadı: “otuz”.');
    expect((await ledger(backend)).customers).toBe(0); // validating writes nothing

    const result = await call(backend, 'imports/commit', { source: { path }, kind: 'customers' });
    expect(result).toMatchObject({ status: 'imported', created: 3, updated: 0, invalidRows: 1 });
    expect(fs.existsSync(result.backupFile!)).toBe(true);
    const sisli = await call(backend, 'customers/get', { code: 'şiş01' });
    expect(sisli).toMatchObject({ title: 'Şişli Çağrı Gıda Ltd. Şti.', city: 'İstanbul', paymentTermsDays: 45, kind: 'company' });
    expect(await call(backend, 'customers/get', { code: 'IŞK04' })).toMatchObject({ kind: 'person', taxId: '10000000146' });
    const found = await call(backend, 'customers/list', { search: 'iğdır' });
    expect(found.items.map((c) => c.code)).toEqual(['ĞÜN02']);
  });

  it('skips or updates customers whose code exists, as chosen, and remembers the mapping of the layout', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    await importCustomers(backend, dir, customersCsv);
    const changed = turkishCsv([
      ['Cari Kod', 'Ünvan', 'Vergi No', 'Vergi Dairesi', 'Şehir', 'Telefon', 'E-posta', 'Vade (gün)'],
      ['şiş01', 'Şişli Çağrı Gıda Sanayi Ltd. Şti.', '', '', 'İSTANBUL', '', '', '60'],
    ]);
    const skipped = await importCustomers(backend, dir, changed, 'skip');
    expect(skipped).toMatchObject({ created: 0, updated: 0, skipped: 1, duplicateRows: 1 });
    expect((await call(backend, 'customers/get', { code: 'ŞİŞ01' })).title).toBe('Şişli Çağrı Gıda Ltd. Şti.');

    const updated = await importCustomers(backend, dir, changed, 'update');
    expect(updated).toMatchObject({ created: 0, updated: 1, skipped: 0 });
    const card = await call(backend, 'customers/get', { code: 'ŞİŞ01' });
    // Given fields change; empty cells leave the card's values alone.
    expect(card).toMatchObject({
      title: 'Şişli Çağrı Gıda Sanayi Ltd. Şti.',
      paymentTermsDays: 60,
      taxId: '4540536920',
      phone: '0212 555 11 22',
    });

    // A mapping chosen by hand is remembered for the next file with the same header row.
    const path = writeFile(dir, 'cariler.csv', customersCsv);
    const mapping = { code: 0, title: 1, city: 3 };
    await call(backend, 'imports/commit', { source: { path }, kind: 'customers', mapping });
    expect(await call(backend, 'imports/inspect', { source: { path }, kind: 'customers' })).toMatchObject({
      remembered: true,
      mapping,
    });
  });

  it('imports invoices with Turkish amounts and dates, due dates from terms when missing, straight to kuruş', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    await importCustomers(backend, dir, customersCsv);
    const path = writeFile(
      dir,
      'faturalar.csv',
      turkishCsv([
        ['Cari Kod', 'Fatura No', 'Fatura Tarihi', 'Vade Tarihi', 'Tutar', 'Döviz'],
        ['ŞİŞ01', 'FTR2026000000001', '31.12.2025', '30.01.2026', '1.234,56', 'TL'],
        ['ĞÜN02', 'FTR2026000000002', '2026-01-15', '', '1234.5', 'USD'],
        ['YOK99', 'FTR2026000000003', '15.01.2026', '', '100,00', 'TL'],
        ['ŞİŞ01', 'FTR2026000000004', '32.01.2026', '01.01.2026', '12,345', 'LIRA'],
        ['ŞİŞ01', 'FTR2026000000001', '01.02.2026', '', '5,00', ''],
      ]),
    );
    const report = await call(backend, 'imports/validate', { source: { path }, kind: 'invoices' });
    expect(report).toMatchObject({ totalRows: 5, validRows: 2, invalidRows: 3 });
    expect(report.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [4, 'Cari Kod', 'import.issue.unknownCustomer'],
      [5, 'Fatura Tarihi', 'import.issue.date'],
      [5, 'Tutar', 'import.issue.amount'],
      [5, 'Döviz', 'import.issue.currency'],
      [6, 'Fatura No', 'import.issue.duplicateInFile'],
    ]);
    const result = await call(backend, 'imports/commit', { source: { path }, kind: 'invoices' });
    expect(result).toMatchObject({ created: 2 });
    const rows = await backend.store.db
      .selectFrom('invoices')
      .select(['number', 'issue_date', 'due_date', 'currency', 'total', 'open_amount'])
      .orderBy('number')
      .execute();
    expect(rows).toEqual([
      {
        number: 'FTR2026000000001',
        issue_date: '2025-12-31',
        due_date: '2026-01-30',
        currency: 'TRY',
        total: 123_456,
        open_amount: 123_456,
      },
      {
        number: 'FTR2026000000002',
        issue_date: '2026-01-15',
        due_date: '2026-02-14',
        currency: 'USD',
        total: 123_450,
        open_amount: 123_450,
      },
    ]);
    // The kept totals follow the bulk rows (triggers).
    expect((await ledger(backend)).summaryOpen).toBe(123_456 + 123_450);
  });

  it('imports payments and allocates them to the oldest open invoices', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    await importCustomers(backend, dir, customersCsv);
    await call(backend, 'imports/commit', {
      source: {
        path: writeFile(dir, 'f.csv', turkishCsv(invoiceRows(3, 1).map((r) => r.map((c) => c.replace('C001', 'ŞİŞ01'))))),
      },
      kind: 'invoices',
    });
    const path = writeFile(
      dir,
      'tahsilat.csv',
      turkishCsv([
        ['Cari Kod', 'Tarih', 'Tutar', 'Ödeme Şekli', 'Açıklama'],
        ['ŞİŞ01', '10.04.2026', '150,00', 'Havale/EFT', 'Mart faturaları'],
        ['ŞİŞ01', '01.01.2099', '10,00', 'Nakit', ''],
      ]),
    );
    const report = await call(backend, 'imports/validate', { source: { path }, kind: 'payments' });
    expect(report.issues.map((i) => [i.row, i.key])).toEqual([[3, 'validation.futureDate']]);
    expect(await call(backend, 'imports/commit', { source: { path }, kind: 'payments' })).toMatchObject({ created: 1 });
    const payments = await backend.store.db.selectFrom('payments').select(['amount', 'method', 'unallocated']).execute();
    expect(payments).toEqual([{ amount: 15_000, method: 'bank_transfer', unallocated: 0 }]);
  });

  it('reads an XLSX made by a spreadsheet program, with real numbers and dates in its cells', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    await importCustomers(backend, dir, customersCsv);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Faturalar');
    sheet.addRow(['Customer Code', 'Invoice No', 'Invoice Date', 'Due Date', 'Amount', 'Currency']);
    sheet.addRow(['ĞÜN02', 'X-1', new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(2026, 3, 1)), 1234.56, 'EUR']);
    sheet.addRow(['ĞÜN02', 'X-2', '15.03.2026', '', 99.9, 'TRY']);
    sheet.addRow(['ĞÜN02', 'X-3', '15.03.2026', '', 12.345, 'TRY']);
    const path = writeFile(dir, 'invoices.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const inspected = await call(backend, 'imports/inspect', { source: { path } });
    expect(inspected).toMatchObject({
      format: 'xlsx',
      guessedKind: 'invoices',
      mapping: { customerCode: 0, number: 1, issueDate: 2, dueDate: 3, total: 4, currency: 5 },
    });
    const result = await call(backend, 'imports/commit', { source: { path }, kind: 'invoices' });
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([[4, 'Amount']]);
    expect(
      await backend.store.db
        .selectFrom('invoices')
        .select(['number', 'issue_date', 'due_date', 'total', 'currency'])
        .orderBy('number')
        .execute(),
    ).toEqual([
      { number: 'X-1', issue_date: '2026-03-01', due_date: '2026-04-01', total: 123_456, currency: 'EUR' },
      { number: 'X-2', issue_date: '2026-03-15', due_date: '2026-04-14', total: 9_990, currency: 'TRY' },
    ]);
  });

  it('leaves the database exactly as it was when a write fails in the middle of an import', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    await call(backend, 'imports/commit', {
      source: { path: writeFile(dir, 'c.csv', turkishCsv(customerRows(20))) },
      kind: 'customers',
    });
    await call(backend, 'imports/commit', {
      source: { path: writeFile(dir, 'a.csv', turkishCsv(invoiceRows(500, 20, 'AA'))) },
      kind: 'invoices',
    });
    const before = await ledger(backend);
    // A real failure half way: the database refuses the 3,000th row.
    await refuseInvoiceNumber(backend, 'BB0003000');
    const error = await refused(backend, 'imports/commit', {
      source: { path: writeFile(dir, 'b.csv', turkishCsv(invoiceRows(5_000, 20, 'BB'))) },
      kind: 'invoices',
    });
    expect(error.kind).toBe('conflict'); // the database's refusal, as any constraint failure
    expect(await ledger(backend)).toEqual(before);
    expect(before).toMatchObject({ invoices: 500, total: invoiceRowsTotal(500) });
  });

  it('commits nothing when the import is cancelled while it writes', async () => {
    const backend = await testBackend();
    const dir = tempDir();
    await call(backend, 'imports/commit', {
      source: { path: writeFile(dir, 'c.csv', turkishCsv(customerRows(20))) },
      kind: 'customers',
    });
    const before = await ledger(backend);
    const path = writeFile(dir, 'b.csv', turkishCsv(invoiceRows(20_000, 20)));
    const phases: string[] = [];
    const stop = backend.events.subscribe((event) => {
      if (event.type !== 'imports/progress') return;
      phases.push(event.phase);
      if (event.phase === 'write') void backend.dispatch('imports/cancel', { jobId: 'job-1' });
    });
    const result = await call(backend, 'imports/commit', { source: { path }, kind: 'invoices', jobId: 'job-1' });
    stop();
    expect(phases).toContain('validate');
    expect(result.status).toBe('cancelled');
    expect(await ledger(backend)).toEqual(before);
  });

  it('refuses a path from the app windows and takes uploaded bytes in chunks instead', async () => {
    const backend = await testBackend();
    const bytes = customersCsv;
    const first = await call(backend, 'imports/upload', {
      fileName: 'cariler.csv',
      dataBase64: bytes.subarray(0, 50).toString('base64'),
    });
    const rest = await call(backend, 'imports/upload', {
      uploadId: first.uploadId,
      fileName: 'cariler.csv',
      dataBase64: bytes.subarray(50).toString('base64'),
    });
    expect(rest.size).toBe(bytes.length);
    const report = await call(backend, 'imports/validate', { source: { uploadId: first.uploadId }, kind: 'customers' });
    expect(report.totalRows).toBe(4);

    const { openBackend } = await import('../../../src-main/backend');
    const browser = await openBackend({ dataDir: tempDir(), mode: 'browser' });
    try {
      const error = await refused(browser, 'imports/inspect', { source: { path: '/etc/passwd' } });
      expect(error.issues?.[0]?.key).toBe('import.error.pathCliOnly');
    } finally {
      await browser.close();
    }
  });
});
