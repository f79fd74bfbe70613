import fs from 'node:fs';
import path from 'node:path';
import type { Customer } from '../../src-shared/domain/customers/types';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { addPasswordUser } from '../support/pg-password-user';
import { expect, test } from './fixtures';
import { CompanySwitcher, ServerConnectionDialog } from './pages/company-switcher';
import { ShellPage } from './pages/shell-page';

const PASSWORD = 'Ofis-Parola-7';
let cluster: PgCluster;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPgCluster();
  await addPasswordUser(cluster, 'muhasebe', PASSWORD, 'ofis');
  await addPasswordUser(cluster, 'kopya', PASSWORD, 'kopya');
  await addPasswordUser(cluster, 'uzak', PASSWORD, 'uzak');
});
test.afterAll(() => cluster?.stop());

test('open a company on a server from the company menu, switch both ways, and copy the local one to a server', async ({
  page,
  app,
}) => {
  test.setTimeout(150_000);
  await app.call('companies/rename', { id: 'default', name: 'Yerel Şirket' });
  await app.call<Customer>('customers/create', { title: 'Yerel Müşteri' });
  const shell = new ShellPage(page);
  await shell.open(app.url, '/customers');
  const switcher = new CompanySwitcher(page);
  await expect(switcher.current).toHaveText('Yerel Şirket');

  const dialog = new ServerConnectionDialog(page);
  await dialog.openNew();
  // A pasted address fills the fields; the password is never left in the address field.
  await dialog.field('url').fill(`postgres://muhasebe:yanlis@127.0.0.1:${cluster.port}/ofis?sslmode=disable`);
  await expect(dialog.field('host')).toHaveValue('127.0.0.1');
  await expect(dialog.field('database')).toHaveValue('ofis');
  await expect(dialog.field('url')).toHaveValue('');
  await dialog.test();
  await expect(dialog.check).toHaveText('muhasebe kullanıcısının parolası yanlış (127.0.0.1). Parolayı kontrol edin.');
  await expect(dialog.form).toContainText('Tarayıcı modunda işletim sisteminin anahtar zinciri kullanılamaz');
  await page.screenshot({ path: 'test-results/e2e/server-form-wrong-password.png' });

  // Full verification can use the office's own CA file: the field appears with that mode and wants a full path.
  await expect(dialog.field('sslrootcert')).toHaveCount(0);
  await dialog.sslmode('Zorunlu, sertifika tam doğrulanır');
  await dialog.field('sslrootcert').fill('ofis-ca.crt');
  await dialog.test();
  await expect(dialog.form).toContainText('Dosyanın tam yolunu yazın');
  await page.screenshot({ path: 'test-results/e2e/server-form-ca-file.png' });
  // A page cannot pick a file on the computer: no dialog button in browser mode, the field says to type the path.
  await expect(dialog.form.getByTestId('server-sslrootcert-choose')).toHaveCount(0);
  await expect(dialog.form).toContainText('Tarayıcıdan dosya seçilemez');
  // The path is checked when testing and saving, before connecting: not there, or not a certificate.
  const missing = path.join(app.dataDir, 'sertifikalar', 'ofis-ca.crt');
  await dialog.field('sslrootcert').fill(missing);
  await dialog.test();
  await expect(dialog.field('sslrootcert')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.form).toContainText(`Dosya bulunamadı: ${missing}`);
  await expect(dialog.check).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/server-form-ca-missing.png' });
  const notCertificate = path.join(app.dataDir, 'ofis-ca.txt');
  fs.writeFileSync(notCertificate, 'bir sertifika değil\n');
  await dialog.field('sslrootcert').fill(notCertificate);
  await dialog.form.getByTestId('server-form-save').click();
  await expect(dialog.field('sslrootcert')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.form).toContainText(`Dosya okunamıyor: ${notCertificate} bir PEM sertifikası değil`);
  await dialog.sslmode('Kapalı');
  await expect(dialog.field('sslrootcert')).toHaveCount(0);

  // Opening with the wrong password is refused under the password field.
  await dialog.form.getByTestId('server-form-save').click();
  await expect(dialog.field('password')).toHaveAttribute('data-invalid', 'true');

  // The wrong-password answer speaks of the fields tested: it goes once they change.
  await dialog.field('password').fill(PASSWORD);
  await expect(dialog.check).toHaveCount(0);
  await dialog.field('name').fill('Ofis Sunucusu');
  await dialog.test();
  await expect(dialog.check).toContainText('Bağlantı kuruldu');
  await expect(dialog.check).toContainText('Veritabanı boş');
  await expect(dialog.check).toContainText('Bağlantı şifresiz');
  // "Aç" opens the company: an open icon, not the save icon of the other forms.
  await expect(dialog.form.getByTestId('server-form-save').locator('svg')).toHaveClass(/tabler-icon-folder-open/);
  await page.screenshot({ path: 'test-results/e2e/server-form-ok.png' });
  await dialog.open();
  await expect(switcher.current).toHaveText('Ofis Sunucusu');
  await expect(page.getByText('Yerel Müşteri')).toHaveCount(0);
  await app.call<Customer>('customers/create', { title: 'Sunucu Müşterisi' });
  await expect(page.getByText('Sunucu Müşterisi')).toBeVisible();

  // The menu lists the server company beside the file, marked as on a server.
  await switcher.button.click();
  await expect(page.getByTestId('company-ofis-server')).toHaveText('Sunucuda');
  await page.waitForTimeout(400); // the menu's opening transition
  await page.screenshot({ path: 'test-results/e2e/server-company-menu.png' });
  await page.keyboard.press('Escape');
  await switcher.switchTo('default', 'Yerel Şirket');
  await expect(page.getByText('Yerel Müşteri')).toBeVisible();
  await switcher.switchTo('ofis', 'Ofis Sunucusu');
  await expect(page.getByText('Sunucu Müşterisi')).toBeVisible();

  // Its saved connection shows the password as saved, never the password.
  await dialog.openEdit();
  await expect(dialog.field('password')).toHaveAttribute('placeholder', 'kayıtlı');
  await expect(dialog.field('password')).toHaveValue('');
  await expect(dialog.field('database')).toHaveValue('ofis');
  await dialog.test();
  await expect(dialog.check).toContainText('Bağlantı kuruldu');
  await page.screenshot({ path: 'test-results/e2e/server-form-saved.png' });
  await page.keyboard.press('Escape');

  // Copy the local company to another, empty server database: progress, then the rows and amounts compared.
  await switcher.switchTo('default', 'Yerel Şirket');
  await switcher.button.click();
  await page.getByTestId('company-copy-open').click();
  const copy = page.getByTestId('company-copy');
  // The copy is named after its source, marked as the one on the server; the user may name it otherwise.
  await expect(copy.getByTestId('copy-server-name')).toHaveValue('Yerel Şirket (sunucu)');
  await copy.getByTestId('server-url').fill(`postgres://kopya:${PASSWORD}@127.0.0.1:${cluster.port}/kopya`);
  await copy.getByTestId('copy-start').click();
  const report = copy.getByTestId('copy-report');
  await expect(report).toContainText('Satır sayıları ve tutarlar iki tarafta aynı', { timeout: 60_000 });
  await expect(report).toContainText('customers');
  await page.screenshot({ path: 'test-results/e2e/server-copy-report.png' });
  await report.getByTestId('copy-open').click();
  await expect(switcher.current).toHaveText('Yerel Şirket');
  await expect(page.getByText('Yerel Müşteri')).toBeVisible();
  await switcher.button.click();
  await expect(page.getByTestId('company-kopya-server')).toBeVisible();
  await expect(page.getByTestId('company-kopya')).toContainText('Yerel Şirket (sunucu)');
});

test('a server that goes away: the screens say so, keep asking, and come back by themselves', async ({ page, app }) => {
  test.setTimeout(150_000);
  await app.call('companies/open-server', {
    host: '127.0.0.1',
    port: cluster.port,
    database: 'uzak',
    user: 'uzak',
    password: PASSWORD,
    sslmode: 'disable',
    name: 'Uzak Ofis',
  });
  const customer = await app.call<Customer>('customers/create', { title: 'Uzak Müşteri' });
  await app.call('invoices/create', { customerId: customer.id, issueDate: '2026-11-02', total: 150_000 });
  const shell = new ShellPage(page);
  await shell.open(app.url, '/customers');
  await expect(page.getByText('Uzak Müşteri')).toBeVisible();

  cluster.halt();
  try {
    await page.getByTestId('app-navigation').getByText('Faturalar').click();
    const banner = page.getByTestId('server-away');
    await expect(banner).toContainText('sunucusuna ulaşılamıyor', { timeout: 40_000 });
    await page.screenshot({ path: 'test-results/e2e/server-away.png' });
  } finally {
    cluster.resume();
  }
  await expect(page.getByTestId('server-away')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText('Uzak Müşteri').first()).toBeVisible();
});
