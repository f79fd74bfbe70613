import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Customer } from '../../src-shared/domain/customers/types';
import { expect, test } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { ImportWizardPage } from './pages/import-wizard-page';

/** Customers as Turkish Excel saves a CSV: Windows-1254, ';', one row with a VKN whose check digit is wrong. */
const CUSTOMERS_CSV = iconv.encode(
  [
    'Cari Kod;Ünvan;Vergi No;Şehir;Telefon;Bakiye',
    'ŞİŞ01;Şişli Çağrı Gıda Ltd. Şti.;4540536920;İstanbul;0212 555 11 22;1.234,56',
    'IĞD02;Iğdır Güneş Tekstil A.Ş.;4540536921;Iğdır;;0,00',
    'KAR03;Karşıyaka Kırtasiye;1234567890;İzmir;0232 444 55 66;12,50',
  ].join('\r\n'),
  'win1254',
);

test('a CSV with one bad row: the report names it, the valid rows are imported and the customers appear', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/customers`);
  await page.getByTestId('import-link').click();
  const wizard = new ImportWizardPage(page);
  await expect(page.getByTestId('import-kind-customers')).toBeChecked();
  await page.screenshot({ path: 'test-results/e2e/import-file-tr.png', fullPage: true });
  await wizard.chooseFile('cariler.csv', CUSTOMERS_CSV);

  // Columns guessed from the Turkish headers; the file read as Windows-1254 with ';'.
  await expect(wizard.fileInfo).toContainText('windows-1254');
  await expect(wizard.mappedColumn('title')).toHaveValue('Ünvan');
  await expect(wizard.mappedColumn('taxId')).toHaveValue('Vergi No');
  await expect(page.getByTestId('import-preview')).toContainText('Şişli Çağrı Gıda Ltd. Şti.');
  await page.screenshot({ path: 'test-results/e2e/import-mapping-tr.png', fullPage: true });

  await wizard.runCheck();
  await expect(wizard.summary).toContainText('3 satır okundu: 2 satır aktarılacak, 1 satır hatalı');
  expect(await wizard.issueRows()).toEqual([['3', 'Vergi No', 'VKN geçersiz: kontrol hanesi tutmuyor.']]);
  await page.screenshot({ path: 'test-results/e2e/import-report-tr.png', fullPage: true });
  expect((await app.call<{ total: number }>('customers/list', {})).total).toBe(0);

  await wizard.commit.click();
  await expect(wizard.result).toContainText('2 kayıt eklendi, 0 güncellendi, 0 atlandı, 1 hatalı satır aktarılmadı.');
  await page.screenshot({ path: 'test-results/e2e/import-result-tr.png', fullPage: true });

  await page.goto(`${app.url}#/customers`);
  const list = new CustomerListPage(page);
  await list.waitForLoaded();
  await expect(list.rows).toHaveCount(2);
  await expect(list.rows.first()).toContainText('Karşıyaka Kırtasiye');
  const sisli = await app.call<Customer>('customers/get', { code: 'ŞİŞ01' });
  expect(sisli).toMatchObject({ title: 'Şişli Çağrı Gıda Ltd. Şti.', city: 'İstanbul', phone: '0212 555 11 22' });
});

test('in English, the remembered mapping applies and existing customers are updated when chosen', async ({ page, app }) => {
  await app.call('settings/update', { language: 'en' });
  await app.call('customers/create', { code: 'KAR03', title: 'Karsiyaka (old name)' });
  await page.goto(`${app.url}#/import?kind=customers`);
  const wizard = new ImportWizardPage(page);
  await wizard.chooseFile('customers.csv', CUSTOMERS_CSV);
  await expect(wizard.mappedColumn('code')).toHaveValue('Cari Kod');
  await wizard.runCheck();
  await expect(wizard.summary).toContainText('Rows read: 3 · to import: 1 · with problems: 1 · already in Vade: 1.');
  expect(await wizard.issueRows()).toEqual([['3', 'Vergi No', 'Invalid VKN: the check digit does not match.']]);
  await wizard.chooseDuplicates('update');
  await expect(wizard.summary).toContainText('to import: 2');
  await page.screenshot({ path: 'test-results/e2e/import-report-en.png', fullPage: true });
  await wizard.commit.click();
  await expect(wizard.result).toContainText('Added: 1 · updated: 1 · skipped: 0 · rows with problems, not imported: 1.');
  await page.screenshot({ path: 'test-results/e2e/import-result-en.png', fullPage: true });
  expect((await app.call<Customer>('customers/get', { code: 'KAR03' })).title).toBe('Karşıyaka Kırtasiye');

  // The next file with the same header row opens with the mapping used last.
  await wizard.again.click();
  await wizard.chooseFile('customers.csv', CUSTOMERS_CSV);
  await expect(page.getByText('The mapping you last used for this file layout was applied.')).toBeVisible();
});

test('e-Fatura XML files: each file imported, skipped or refused with its reason', async ({ page, app }) => {
  await app.call('company-profile/update', { title: 'Vade Test Ticaret A.Ş.', taxId: '4540536920' });
  await page.goto(`${app.url}#/import?kind=efatura`);
  const wizard = new ImportWizardPage(page);
  const folder = path.resolve('test/fixtures/efatura');
  await wizard.fileInput.setInputFiles(
    ['satis-temelfatura.xml', 'iade.xml', 'alis.xml', 'bozuk.xml'].map((name) => ({
      name,
      mimeType: 'application/xml',
      buffer: fs.readFileSync(path.join(folder, name)),
    })),
  );
  await wizard.next.click();
  await expect(wizard.result).toContainText('Aktarılan belge: 2 · zaten var: 0 · aktarılamayan: 2.');
  const rows = page.getByTestId('efatura-results').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: 'alis.xml' })).toContainText('alış faturası');
  await page.screenshot({ path: 'test-results/e2e/import-efatura-tr.png', fullPage: true });
  const invoices = await app.call<{ items: { number: string; openAmount: number }[] }>('invoices/list', {});
  expect(invoices.items.map((i) => [i.number, i.openAmount])).toEqual([['VDE2026000000101', 106_200]]);
});
