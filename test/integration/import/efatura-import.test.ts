import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { call, refused, testBackend } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const FIXTURES = path.resolve('test/fixtures/efatura');
const fixture = (name: string) => path.join(FIXTURES, name);

async function ourCompany(backend: Backend) {
  await call(backend, 'company-profile/update', { title: 'Vade Test Ticaret A.Ş.', taxId: '4540536920', taxOffice: 'Kadıköy' });
}

const counts = async (backend: Backend) =>
  (
    await sql<Record<string, number>>`select (select count(*) from customers) as customers,
      (select count(*) from invoices) as invoices, (select count(*) from payments) as payments,
      (select coalesce(sum(total), 0) from invoices) as total`.execute(backend.store.db)
  ).rows[0]!;

describe('e-Fatura / e-Arşiv import', () => {
  it('imports a sales invoice: customer created from the buyer party, ETTN kept, due date from PaymentMeans', async () => {
    const backend = await testBackend();
    await ourCompany(backend);
    const result = await call(backend, 'imports/efatura', { source: { path: fixture('satis-temelfatura.xml') } });
    expect(result).toMatchObject({ status: 'imported', imported: 1, failed: 0 });
    expect(result.files[0]).toMatchObject({ kind: 'invoice', number: 'VDE2026000000101', customerCreated: true });
    const customer = await call(backend, 'customers/list', { search: '1234567890' });
    expect(customer.items[0]).toMatchObject({ title: 'Deniz Gıda Sanayi ve Ticaret Ltd. Şti.', city: 'İzmir' });
    const card = await call(backend, 'customers/get', { id: customer.items[0]!.id });
    expect(card).toMatchObject({ taxOffice: 'Konak', kind: 'company', email: 'muhasebe@denizgida.example' });
    expect(card.address).toContain('Şehit Fethi Bey Cad.');
    const invoices = await backend.store.db
      .selectFrom('invoices')
      .select(['number', 'ettn', 'issue_date', 'due_date', 'currency', 'total'])
      .execute();
    expect(invoices).toEqual([
      {
        number: 'VDE2026000000101',
        ettn: '5d0f6c4e-3b1a-4c2e-9f7d-1a2b3c4d5e01',
        issue_date: '2026-10-05',
        due_date: '2026-11-04',
        currency: 'TRY',
        total: 118_000,
      },
    ]);
    // The backup was taken before the import: it does not hold the invoice.
    const copy = new BetterSqlite3(result.backupFile!, { readonly: true });
    expect(copy.prepare('select count(*) from invoices').pluck().get()).toBe(0);
    copy.close();
  });

  it('reads a folder: sales, e-Arşiv to a person, a return, and refuses the purchase and the broken files one by one', async () => {
    const backend = await testBackend();
    await ourCompany(backend);
    const result = await call(backend, 'imports/efatura', { source: { path: FIXTURES } });
    const byFile = Object.fromEntries(result.files.map((f) => [f.file, f]));
    expect(byFile['satis-temelfatura.xml']).toMatchObject({ status: 'imported', kind: 'invoice' });
    expect(byFile['earsiv-tckn.xml']).toMatchObject({ status: 'imported', customerTitle: 'Ayşe Işıkoğlu' });
    expect(byFile['iade.xml']).toMatchObject({ status: 'imported', kind: 'credit_note', customerCreated: false });
    expect(byFile['alis.xml']).toMatchObject({ status: 'error' });
    expect(byFile['alis.xml']!.message).toContain('alış faturası');
    expect(byFile['alis.xml']!.message).toContain('Anadolu Ambalaj A.Ş.');
    expect(byFile['bozuk.xml']).toMatchObject({ status: 'error' });
    expect(byFile['bozuk.xml']!.message).toMatch(/^XML dosyası bozuk/);
    expect(byFile['yanlis-ad-alani.xml']!.message).toContain('Order-2');
    expect(byFile['tutar-yok.xml']!.message).toContain('PayableAmount');
    expect(result).toMatchObject({ imported: 3, skipped: 0, failed: 4 });

    // The person is a customer of her own (TCKN), due on the default 30-day terms.
    const ayse = await backend.store.db
      .selectFrom('customers as c')
      .innerJoin('invoices as i', 'i.customer_id', 'c.id')
      .select(['c.kind', 'c.tax_id', 'i.due_date'])
      .where('c.tax_id', '=', '10000000146')
      .execute();
    expect(ayse).toEqual([{ kind: 'person', tax_id: '10000000146', due_date: '2026-11-11' }]);
    // The return credits the returned invoice: 1,180.00 − 118.00 open.
    const notes = await backend.store.db
      .selectFrom('payments')
      .select(['kind', 'number', 'amount', 'ettn', 'unallocated'])
      .execute();
    expect(notes).toEqual([
      {
        kind: 'credit_note',
        number: 'DNZ2026000000088',
        amount: 11_800,
        ettn: 'b7a9e1d2-6c3f-4a8b-9d0e-2f1a3b4c5d6e',
        unallocated: 0,
      },
    ]);
    const returned = await backend.store.db
      .selectFrom('invoices')
      .select('open_amount')
      .where('number', '=', 'VDE2026000000101')
      .executeTakeFirst();
    expect(returned?.open_amount).toBe(106_200);
    expect(await counts(backend)).toMatchObject({ customers: 2, invoices: 2, payments: 1 });
  });

  it('reads a ZIP of XML files and skips an ETTN imported before', async () => {
    const backend = await testBackend();
    await ourCompany(backend);
    await call(backend, 'imports/efatura', { source: { path: fixture('satis-temelfatura.xml') } });
    const before = await counts(backend);
    const zip = new JSZip();
    for (const name of ['satis-temelfatura.xml', 'earsiv-tckn.xml', 'bozuk.xml'])
      zip.file(`2026-10/${name}`, fs.readFileSync(fixture(name)));
    const file = path.join(tempDir(), 'faturalar.zip');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const result = await call(backend, 'imports/efatura', { source: { path: file } });
    expect(result.files.map((f) => [f.file, f.status])).toEqual([
      ['faturalar.zip › bozuk.xml', 'error'],
      ['faturalar.zip › earsiv-tckn.xml', 'imported'],
      ['faturalar.zip › satis-temelfatura.xml', 'skipped'],
    ]);
    expect(result.files[2]!.message).toContain('daha önce aktarılmış');
    expect(await counts(backend)).toEqual({
      ...before,
      customers: before.customers! + 1,
      invoices: before.invoices! + 1,
      total: before.total! + 59_000,
    });
  });

  it('refuses to guess which invoices are sales before the company tax number is known', async () => {
    const backend = await testBackend();
    const error = await refused(backend, 'imports/efatura', { source: { path: fixture('satis-temelfatura.xml') } });
    expect(error.issues?.[0]?.key).toBe('import.efatura.noCompanyTaxId');
    expect(await counts(backend)).toMatchObject({ customers: 0, invoices: 0 });
  });
});
