import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Customer } from '../../src-shared/domain/customers/types';
import { expect, startServer, test } from './fixtures';
import { BackupsSection } from './pages/backups-section';
import { CompanySwitcher } from './pages/company-switcher';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';

test('back up now, see it checked, restore it and undo the restore', async ({ page, app }) => {
  await app.call<Customer>('customers/create', { title: 'Yedekten Önce A.Ş.' });
  const shell = new ShellPage(page);
  await shell.open(app.url, '/settings');
  const backups = new BackupsSection(page);
  await expect(backups.root.getByText('Henüz yedek yok')).toBeVisible();
  // The folder is shown, not typed: a browser page cannot name where database copies go.
  await expect(page.getByTestId('backup-folder')).toHaveText(/backups$/);
  await expect(backups.root.getByText(/Tarayıcıda klasör buradan seçilemez/)).toBeVisible();

  await backups.backUpNow();
  await expect(backups.checkOf(0)).toHaveText(/Sağlam \(şema \d+\)/);
  await page.screenshot({ path: 'test-results/e2e/backups-tr.png', fullPage: true });

  // Entered after the backup: the restore takes it away, the undo brings it back.
  await app.call<Customer>('customers/create', { title: 'Yedekten Sonra Ltd.' });
  const dialog = await backups.askRestore(0);
  await expect(dialog).toContainText('şu anki verilerinin yerine geçecek');
  await expect(dialog).toContainText('Geri yüklemeyi geri al');
  await page.screenshot({ path: 'test-results/e2e/backups-restore-confirm-tr.png' });
  await backups.confirmRestore(dialog);
  await shell.goToCustomers();
  await expect(page.getByText('Yedekten Önce A.Ş.')).toBeVisible();
  await expect(page.getByText('Yedekten Sonra Ltd.')).toHaveCount(0);

  await shell.goToSettings();
  await backups.undoRestore();
  await shell.goToCustomers();
  await expect(page.getByText('Yedekten Sonra Ltd.')).toBeVisible();
});

test('create a company, switch between companies and rename one (English)', async ({ page, app }) => {
  await app.call('settings/update', { language: 'en' });
  await app.call<Customer>('customers/create', { title: 'First Company Customer' });
  const shell = new ShellPage(page);
  await shell.open(app.url, '/customers');
  const switcher = new CompanySwitcher(page);
  await expect(switcher.current).toHaveText('My company');
  await switcher.rename('Deniz Gıda');

  await switcher.create('Kuzey Yapı');
  await expect(page.getByText('First Company Customer')).toHaveCount(0);
  // The new company has its own settings: Turkish by default.
  await app.call<Customer>('customers/create', { title: 'Kuzey Müşterisi' });
  await expect(page.getByText('Kuzey Müşterisi')).toBeVisible();
  await switcher.button.click();
  await page.screenshot({ path: 'test-results/e2e/company-switcher.png' });
  await page.keyboard.press('Escape');

  await switcher.switchTo('default', 'Deniz Gıda');
  await expect(page.getByText('First Company Customer')).toBeVisible();
  await expect(page.getByText('Kuzey Müşterisi')).toHaveCount(0);

  await new ShellPage(page).goToSettings();
  await new SettingsPage(page).setLanguage('en');
  await expect(page.getByTestId('backups-section')).toContainText('No backups yet');
  await new BackupsSection(page).backUpNow();
  await expect(new BackupsSection(page).checkOf(0)).toHaveText(/OK \(schema \d+\)/);
  await page.screenshot({ path: 'test-results/e2e/backups-en.png', fullPage: true });
});

test('a damaged database on opening offers the latest good backup', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-e2e-damaged-'));
  const vade = (...args: string[]) => execFileSync(process.execPath, ['bin/vade.mjs', ...args, '--data-dir', dataDir]);
  vade('demo', '--customers', '200', '--invoices', '600');
  vade('call', 'backups/create', '{}');
  const file = path.join(dataDir, 'companies', 'default.vade.sqlite');
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, 4096 * 3, 4096 * 8); // scribble over pages in the middle, keep the header
  fs.writeFileSync(file, bytes);

  const { child, url } = await startServer(dataDir);
  try {
    await page.goto(`${url}#/customers`);
    const screen = page.getByTestId('damaged-database');
    await expect(screen).toContainText('Veritabanı hasarlı');
    await page.screenshot({ path: 'test-results/e2e/damaged-database-tr.png' });
    await screen.getByTestId('restore-latest').click();
    await expect(screen).toBeHidden();
    await expect(page.getByText('200 cari')).toBeVisible();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
