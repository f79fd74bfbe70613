import path from 'node:path';
import type { CompanyProfile } from '../../src-shared/domain/company-profile/schemas';
import { expect, test } from './fixtures';
import { CompanySwitcher } from './pages/company-switcher';
import { SetupWizard } from './pages/setup-wizard';
import { ShellPage } from './pages/shell-page';

const LOGO = path.resolve('test/fixtures/company-logo.png');
const shot = (name: string) => ({ path: `test-results/e2e/first-run-${name}.png`, fullPage: true });

// Long walks through several screens with screenshots, and the demo company is built on the way.
test.describe.configure({ timeout: 240_000 });

test('a fresh data folder opens on the setup: company details checked and saved, e-mail offered, then the dashboard', async ({
  page,
  app,
}) => {
  const shell = new ShellPage(page);
  await shell.open(app.url, '');
  const wizard = new SetupWizard(page);
  await expect(wizard.root).toBeVisible();
  await wizard.stepShown('Unvan ve VKN/TCKN zorunludur');
  await page.screenshot(shot('1-welcome'));
  await page.screenshot({ path: 'test-results/e2e/first-run.png' }); // the README's picture: what a new user sees first

  // A wrong check digit and a wrong IBAN are refused, in Turkish, under their fields.
  await wizard.company.field('Ticari unvan').fill('Akdeniz Gıda Pazarlama Ltd. Şti.');
  await wizard.company.field('VKN / TCKN').fill('4540536921');
  await wizard.company.field('Adres').fill('Liman Cad. No: 4, Konak / İzmir');
  await wizard.company.addBankAccount('Ziraat Bankası', 'TR33 0006 1005 1978 6457 8413 27');
  await wizard.company.save();
  await expect(wizard.company.form).toContainText('VKN geçersiz: kontrol hanesi tutmuyor.');
  await expect(wizard.company.form).toContainText('IBAN geçersiz');
  await page.screenshot(shot('2-company-errors'));
  await wizard.company.field('VKN / TCKN').fill('4540536920');
  await wizard.company.bankAccounts.last().getByLabel('IBAN').fill('TR33 0006 1005 1978 6457 8413 26');
  await wizard.company.uploadLogo(LOGO);
  await wizard.company.save();

  // Saved through the company methods; the setup moves on to the e-mail server.
  await wizard.stepShown('e-posta sunucusunu (SMTP)');
  const saved = await app.call<CompanyProfile>('company-profile/get');
  expect(saved).toMatchObject({ title: 'Akdeniz Gıda Pazarlama Ltd. Şti.', taxId: '4540536920', configured: true });
  expect(saved.bankAccounts[0]!.iban).toBe('TR330006100519786457841326');
  expect(saved.logo).not.toBeNull();
  await page.screenshot(shot('3-email'));
  await wizard.next();
  await wizard.stepShown('Carilerinizi ve faturalarınızı nasıl getirmek istersiniz?');
  await expect(wizard.root.getByTestId('open-demo')).toBeVisible();
  await page.screenshot(shot('4-data'));
  await wizard.finish();

  // The dashboard, empty, says what to do next; the setup is not offered again, Settings opens it.
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect(page.getByTestId('start-new-customer')).toBeVisible();
  await expect(page.getByTestId('start-company')).toBeHidden();
  await page.screenshot(shot('5-dashboard'));
  await page.reload();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect(wizard.root).toBeHidden();
  await shell.goToSettings();
  await page.getByTestId('open-setup').click();
  await expect(wizard.root).toBeVisible();
  await expect(wizard.company.field('Ticari unvan')).toHaveValue('Akdeniz Gıda Pazarlama Ltd. Şti.');
});

test('the demo button makes a separate demo company with cheques and opens it; the user’s company stays empty', async ({
  page,
  app,
}) => {
  const shell = new ShellPage(page);
  await shell.open(app.url, '');
  const wizard = new SetupWizard(page);
  await wizard.skip();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await page.getByTestId('dashboard-empty').getByTestId('open-demo').click();
  const switcher = new CompanySwitcher(page);
  await expect(switcher.current).toHaveText('Demo şirketi', { timeout: 60_000 });
  await expect(page.getByTestId('kpi-tiles')).toBeVisible();
  await expect(page.getByTestId('kpi-receivables-value')).not.toHaveText('');
  await page.screenshot(shot('6-demo-dashboard'));
  await page.goto(`${app.url}#/cheques`);
  await expect(page.getByTestId('cheque-list')).toBeVisible();
  await page.screenshot(shot('7-demo-cheques'));
  // The user's own company is one switch away, untouched.
  const companies = await app.call<{ id: string; name: string | null; current: boolean }[]>('companies/list');
  const own = companies.find((c) => !c.current)!;
  await app.call('companies/open', { id: own.id });
  await page.goto(`${app.url}#/customers`);
  await expect(page.getByTestId('customers-empty')).toBeVisible();
});

test('empty screens lead on, and a statement is refused until the company has a name, with a link to set it', async ({
  page,
  app,
}) => {
  await app.call('settings/update', { setupDismissed: true });
  const shell = new ShellPage(page);
  await shell.open(app.url, '/today');
  await expect(page.getByTestId('today-empty')).toBeVisible();
  await page.getByTestId('today-open-calendar').click();
  await expect(page).toHaveURL(/#\/calendar/);

  await page.goto(`${app.url}#/customers`);
  await expect(page.getByTestId('customers-empty')).toBeVisible();
  await expect(page.getByTestId('customers-empty').getByTestId('start-import')).toBeVisible();
  await page.screenshot(shot('8-customers-empty'));

  const customer = await app.call<{ id: number }>('customers/create', { title: 'Ege Kırtasiye Ltd. Şti.', email: 'a@ege.test' });
  await page.goto(`${app.url}#/customers/${customer.id}`);
  await page.getByTestId('open-statement').click();
  await expect(page.getByTestId('company-missing')).toContainText('Önce şirket bilgilerinizi girin');
  await page.screenshot(shot('9-statement-refused'));
  await page.getByTestId('company-required-link').click();
  await expect(page).toHaveURL(/#\/settings\?section=company/);
  await expect(page.getByTestId('company-form')).toBeInViewport();

  // Named, the e-mail is queued, and the form says it waits for an e-mail server.
  await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
  await page.goto(`${app.url}#/customers/${customer.id}`);
  await page.reload();
  await page.screenshot(shot('10-card-named'));
  await page.getByTestId('email-statement').click();
  await expect(page.getByTestId('no-email-server')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('email-statement-form').getByRole('button', { name: 'Giden kutusuna ekle' }).click();
  await expect(page.getByText('Ayarlar → E-posta bölümünde bir e-posta sunucusu girildiğinde gönderilecek')).toBeVisible();
  await page.goto(`${app.url}#/outbox`);
  await expect(page.getByTestId('no-email-server')).toBeVisible();
});
