import type { Customer, CustomerPage } from '../../src-shared/domain/customers/types';
import type { Settings } from '../../src-shared/domain/settings/schemas';
import { expect, test } from './fixtures';
import { CustomerCardPage } from './pages/customer-card-page';
import { CustomerFormPage } from './pages/customer-form-page';
import { CustomerListPage } from './pages/customer-list-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';

test('creates a customer through the form and shows its card', async ({ page, app }) => {
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  const form = new CustomerFormPage(page);
  const card = new CustomerCardPage(page);

  await shell.open(app.url);
  await expect(list.emptyState).toBeVisible();
  await list.startNew();
  await expect(form.field('code')).toHaveValue('C00001'); // proposed by customers/suggest-code
  await form.fill({
    title: 'Boğaziçi Gıda Ltd. Şti.',
    taxId: '4540536920',
    city: 'İstanbul',
    email: 'muhasebe@bogazici.com.tr',
    'creditLimit.amount': '1.234,56',
  });
  await form.addTags('toptan');
  await form.addContact({ name: 'Ayşe Işık', email: 'ayse@bogazici.com.tr' });
  await form.save();

  await card.expectShowing('Boğaziçi Gıda Ltd. Şti.');
  await expect(card.code).toHaveText('C00001');
  await expect(card.value('creditLimit')).toHaveText('1.234,56 ₺');
  await expect(card.contacts).toContainText('Ayşe Işık');

  const saved = await app.call<Customer>('customers/get', { id: card.idFromUrl() });
  expect(saved).toMatchObject({
    title: 'Boğaziçi Gıda Ltd. Şti.',
    taxId: '4540536920',
    city: 'İstanbul',
    creditLimit: { amount: 123456, currency: 'TRY' },
    tags: ['toptan'],
  });
  expect(saved.contacts.map((c) => c.name)).toEqual(['Ayşe Işık']);
});

test('finds customers with Turkish case folding', async ({ page, app }) => {
  await app.call('customers/create', { title: 'İSTANBUL KUYUMCULUK A.Ş.', city: 'İSTANBUL' });
  await app.call('customers/create', { title: 'Ankara Demir Ltd. Şti.', city: 'Ankara' });
  await app.call('customers/create', { title: 'Işık Tekstil', city: 'Isparta' });
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);

  await shell.open(app.url);
  await expect(list.rows).toHaveCount(3);
  await list.searchFor('istanbul');
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('İSTANBUL KUYUMCULUK A.Ş.');

  // I lower-cases to ı in Turkish, so "ışık" finds "Işık" (and, ignoring Turkish letters, so does "isik").
  await list.searchFor('ışık');
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('Işık Tekstil');
  await list.searchFor('zzz yok');
  await expect(list.noMatch).toBeVisible();
});

test('edits a customer and keeps the other fields', async ({ page, app }) => {
  const created = await app.call<Customer>('customers/create', {
    title: 'Ege Lojistik A.Ş.',
    city: 'İzmir',
    paymentTermsDays: 45,
  });
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  const form = new CustomerFormPage(page);
  const card = new CustomerCardPage(page);

  await shell.open(app.url);
  await list.open('Ege Lojistik A.Ş.');
  await card.expectShowing('Ege Lojistik A.Ş.');
  await card.edit();
  await expect(form.field('title')).toHaveValue('Ege Lojistik A.Ş.');
  await form.fill({ title: 'Ege Lojistik ve Depolama A.Ş.', phone: '0232 444 55 66' });
  await form.save();

  await card.expectShowing('Ege Lojistik ve Depolama A.Ş.');
  const saved = await app.call<Customer>('customers/get', { id: created.id });
  expect(saved).toMatchObject({
    title: 'Ege Lojistik ve Depolama A.Ş.',
    phone: '0232 444 55 66',
    city: 'İzmir',
    paymentTermsDays: 45,
  });
  expect(saved.version).toBe(created.version + 1);
});

test('archives and unarchives a customer', async ({ page, app }) => {
  const created = await app.call<Customer>('customers/create', { title: 'Karadeniz Fındık Ltd. Şti.' });
  await app.call('customers/create', { title: 'Başka Cari A.Ş.' });
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  const card = new CustomerCardPage(page);

  await shell.open(app.url);
  await list.open('Karadeniz Fındık');
  await card.archive();
  expect((await app.call<Customer>('customers/get', { id: created.id })).archivedAt).not.toBeNull();

  await shell.goToCustomers();
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('Karadeniz Fındık')).toHaveCount(0);
  await list.showStatus('archived');
  await expect(list.rows).toHaveCount(1);
  await list.open('Karadeniz Fındık');
  await card.unarchive();
  expect((await app.call<Customer>('customers/get', { id: created.id })).archivedAt).toBeNull();
});

test('refuses an invalid VKN with a Turkish message and saves nothing', async ({ page, app }) => {
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  const form = new CustomerFormPage(page);

  await shell.open(app.url);
  await list.startNew();
  await form.fill({ title: 'Hatalı Vergi No Ltd. Şti.', taxId: '4540536921' });
  await form.save();

  await expect(await form.errorOf('taxId')).toHaveText('VKN geçersiz: kontrol hanesi tutmuyor.');
  await expect(form.field('taxId')).toHaveValue('4540536921');
  await expect(page).toHaveURL(/#\/customers\/new$/);
  const all = await app.call<CustomerPage>('customers/list', { status: 'all' });
  expect(all.total).toBe(0);
});

test('shows the backend refusal of a taken code under the code field', async ({ page, app }) => {
  await app.call('customers/create', { code: 'ACME', title: 'Acme Ticaret A.Ş.' });
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  const form = new CustomerFormPage(page);

  await shell.open(app.url);
  await list.startNew();
  await form.fill({ code: 'ACME', title: 'İkinci Acme' });
  await form.save();

  await expect(await form.errorOf('code')).toHaveText('Bu cari kod zaten kullanılıyor.');
  await expect(form.field('title')).toHaveValue('İkinci Acme'); // nothing typed is lost
  expect((await app.call<CustomerPage>('customers/list', { status: 'all' })).total).toBe(1);
});

test('asks before leaving a form with unsaved changes', async ({ page, app }) => {
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  const form = new CustomerFormPage(page);

  await shell.open(app.url);
  await list.startNew();
  await form.fill({ title: 'Yarım Kalan Cari' });
  await shell.navLink('/settings').click();
  await expect(form.leaveDialog).toBeVisible();
  await form.leaveDialog.getByRole('button', { name: 'Vazgeç' }).click();
  await expect(form.field('title')).toHaveValue('Yarım Kalan Cari');

  await shell.navLink('/settings').click();
  await form.leaveDialog.getByTestId('confirm-button').click();
  await expect(page).toHaveURL(/#\/settings$/);
});

test('switches the interface to English and remembers it', async ({ page, app }) => {
  const shell = new ShellPage(page);
  const settings = new SettingsPage(page);

  await shell.open(app.url);
  expect(await shell.navLabels()).toContain('Cariler');
  await shell.goToSettings();
  await settings.setLanguage('en');
  await expect(shell.navLink('/customers')).toHaveText('Customers');
  expect(await shell.navLabels()).toEqual([
    'Dashboard',
    'Today',
    'Customers',
    'Invoices',
    'Statements',
    'Cheques / notes',
    'Bank statements',
    'Collection calendar',
    'Reminders',
    'Outbox',
    'Reports',
    'Import',
    'Settings',
  ]);
  expect((await app.call<Settings>('settings/get')).language).toBe('en');

  await page.reload();
  await expect(shell.navLink('/settings')).toHaveText('Settings');
  await expect(settings.runMode()).toHaveText('Browser mode');
});
