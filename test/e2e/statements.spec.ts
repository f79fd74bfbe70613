import fs from 'node:fs';
import path from 'node:path';
import type { CompanyProfile } from '../../src-shared/domain/company-profile/schemas';
import type { Customer } from '../../src-shared/domain/customers/types';
import { linesWith, pdfText } from '../support/pdf-text';
import { expect, test } from './fixtures';
import { CompanyProfileSection } from './pages/company-profile-section';
import { ShellPage } from './pages/shell-page';
import { StatementModal } from './pages/statement-modal';

const LOGO = path.resolve('test/fixtures/company-logo.png');

test('sets up the company profile in Settings, refusing a bad VKN and IBAN', async ({ page, app }) => {
  const shell = new ShellPage(page);
  const company = new CompanyProfileSection(page);
  await shell.open(app.url);
  await shell.goToSettings();

  await company.field('Ticari unvan').fill('Deniz Gıda Ticaret A.Ş.');
  await company.field('VKN / TCKN').fill('4540536921');
  await company.field('Vergi dairesi').fill('Karşıyaka');
  await company.addBankAccount('Ziraat Bankası', 'TR33 0006 1005 1978 6457 8413 27');
  await company.save();
  await expect(page.getByTestId('form-alert')).toBeVisible();
  await expect(company.form).toContainText('VKN geçersiz: kontrol hanesi tutmuyor.');
  await expect(company.form).toContainText('IBAN geçersiz');

  await company.field('VKN / TCKN').fill('4540536920');
  await company.bankAccounts.last().getByLabel('IBAN').fill('TR33 0006 1005 1978 6457 8413 26');
  await company.field('İmza satırı').fill('Muhasebe Müdürü Ayşe Işık');
  await company.uploadLogo(LOGO);
  await company.save();
  await expect(page.getByText('Firma bilgileri kaydedildi')).toBeVisible();

  const saved = await app.call<CompanyProfile>('company-profile/get');
  expect(saved).toMatchObject({
    configured: true,
    title: 'Deniz Gıda Ticaret A.Ş.',
    taxId: '4540536920',
    bankAccounts: [{ bank: 'Ziraat Bankası', iban: 'TR330006100519786457841326', currency: 'TRY' }],
    signatureText: 'Muhasebe Müdürü Ayşe Işık',
    logo: { mimeType: 'image/png', width: 480, height: 160 },
  });
  await page.screenshot({ path: 'test-results/e2e/company-profile.png', fullPage: true });
});

test('previews and saves a statement from a customer card', async ({ page, app }) => {
  await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
  const customer = await app.call<Customer>('customers/create', { title: 'Çağlar Örme Sanayi Ltd. Şti.', taxId: '4540536920' });
  await app.call('invoices/create', {
    customerId: customer.id,
    number: 'FA-1',
    issueDate: '2026-02-01',
    dueDate: '2026-03-01',
    total: 123_456,
  });
  await app.call('payments/record', { customerId: customer.id, date: '2026-02-20', amount: 23_456, method: 'bank_transfer' });

  const shell = new ShellPage(page);
  const modal = new StatementModal(page);
  await shell.open(app.url);
  await page.goto(`${app.url}#/customers/${customer.id}`);
  await modal.openFromCard('statement');
  await expect(modal.pages).toHaveText('1 sayfa');
  // Chromium's PDF viewer shows it: the app's CSP lets the frame load the blob: URL.
  await expect.poll(() => modal.previewFrameUrl()).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
  await page.screenshot({ path: 'test-results/e2e/statement-modal.png' });

  const download = await modal.save();
  expect(download.suggestedFilename()).toMatch(/^C00001-Caglar-Orme-Sanayi-Ltd-Sti-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = path.join(app.dataDir, 'downloaded.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('Çağlar Örme Sanayi Ltd. Şti.');
  expect(linesWith(text, '01.02.2026', 'FA-1', 'Fatura', '1.234,56', '1.234,56')).toHaveLength(1);
  expect(linesWith(text, '20.02.2026', 'Tahsilat · Havale/EFT', '234,56', '1.000,00')).toHaveLength(1);

  // The letter in English from the same card.
  await page.keyboard.press('Escape');
  await modal.openFromCard('reconciliation');
  await modal.setLanguage('en');
  await expect(modal.pages).toHaveText('1 sayfa');
  const letter = await modal.save();
  expect(letter.suggestedFilename()).toMatch(/-reconciliation-/);
});

test('exports statements for every customer with a balance into a folder', async ({ page, app }) => {
  // Statements are signed with the company's name: the batch starts only once it has one.
  await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
  for (const title of ['Akdeniz Gıda', 'Boğaziçi Tekstil', 'Sıfır Bakiye A.Ş.']) {
    const c = await app.call<Customer>('customers/create', { title });
    if (!title.startsWith('Sıfır'))
      await app.call('invoices/create', { customerId: c.id, issueDate: '2026-02-01', total: 50_000 });
  }
  const shell = new ShellPage(page);
  await shell.open(app.url);
  await shell.navLink('/statements').click();
  await expect(page.getByTestId('batch-count')).toHaveText('Bu seçime uyan 2 cari var.');
  await page.getByTestId('start-batch').click();
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toContainText('2 cariden 2 belge yazıldı, 0 hata, 0 atlandı.');
  const folder = (await summary.locator('code').innerText()).trim();
  expect(folder.startsWith(path.join(app.dataDir, 'exports'))).toBe(true);
  expect(fs.readdirSync(folder).sort()).toEqual([
    expect.stringMatching(/^C00001-Akdeniz-Gida-/),
    expect.stringMatching(/^C00002-Bogazici-Tekstil-/),
  ]);
  await page.screenshot({ path: 'test-results/e2e/statement-batch.png', fullPage: true });
});
