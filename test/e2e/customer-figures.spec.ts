import type { Customer } from '../../src-shared/domain/customers/types';
import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { expect, test, type AppFixture } from './fixtures';
import { CustomerListPage } from './pages/customer-list-page';
import { InvoiceListPage } from './pages/invoice-list-page';
import { ShellPage } from './pages/shell-page';

const today = todayLocal();

/** Three customers who owe in TRY and USD, overdue by different amounts and days. */
async function arrange(app: AppFixture) {
  const create = (title: string) => app.call<Customer>('customers/create', { title });
  const invoice = (customerId: number, daysLate: number, total: number, currency = 'TRY') =>
    app.call('invoices/create', {
      customerId,
      issueDate: addDays(today, -daysLate - 30),
      dueDate: addDays(today, -daysLate),
      total,
      currency,
    });
  const akdeniz = await create('Akdeniz Gıda Ltd. Şti.');
  const dogu = await create('Doğu Yapı A.Ş.');
  const istanbul = await create('İSTANBUL Boya');
  await invoice(akdeniz.id, 20, 500_000);
  await invoice(akdeniz.id, -10, 120_000);
  await invoice(dogu.id, 5, 900_000);
  await invoice(istanbul.id, 45, 30_000, 'USD');
  await invoice(istanbul.id, -3, 10_000);
}

test('the customer list shows who owes what per currency, sorts by it and filters it, all kept in the address', async ({
  page,
  app,
}) => {
  await arrange(app);
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  await shell.open(app.url);
  await list.waitForLoaded();

  await expect(list.figure('Akdeniz Gıda', 'balance')).toHaveText('6.200,00 ₺');
  await expect(list.figure('Akdeniz Gıda', 'overdue')).toHaveText('5.000,00 ₺');
  await expect(list.figure('Akdeniz Gıda', 'oldest-overdue')).toHaveText('20 gün');
  await expect(list.figure('Akdeniz Gıda', 'next-expected')).toContainText('1.200,00 ₺');
  // Two currencies, two lines: nothing adds TRY and USD up.
  await expect(list.figure('İSTANBUL Boya', 'balance')).toContainText('100,00 ₺');
  await expect(list.figure('İSTANBUL Boya', 'balance')).toContainText('300,00 $');
  await expect(list.figure('İSTANBUL Boya', 'overdue')).toHaveText('300,00 $');

  await list.sortBy('overdue');
  await expect(page).toHaveURL(/sort=overdue/);
  await expect(list.rows.first()).toContainText('Doğu Yapı');
  await expect(list.rows.nth(1)).toContainText('Akdeniz Gıda');

  await list.sortBy('oldest_overdue');
  await expect(list.rows.first()).toContainText('İSTANBUL Boya');

  await list.toggleOverdueOnly();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(list.rows).toHaveCount(3);
  await list.filterCurrency('USD');
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('İSTANBUL Boya');
  await list.filterCurrency(/Tüm para birimleri/);
  await list.filterMinBalance('6.000');
  await expect(page).toHaveURL(/above=6000/);
  await expect(list.rows).toHaveCount(2);
  await expect(list.row('İSTANBUL Boya')).toHaveCount(0);

  // The address keeps it all: a reload shows the same list.
  await page.reload();
  await expect(list.rows).toHaveCount(2);
  await expect(list.rows.first()).toContainText('Akdeniz Gıda');
});

test('every search box ignores Turkish letters and keeps Turkish case folding', async ({ page, app }) => {
  await arrange(app);
  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  await shell.open(app.url);
  await list.waitForLoaded();
  for (const [typed, found] of [
    ['akdeniz gida', 'Akdeniz Gıda Ltd. Şti.'],
    ['ISTANBUL', 'İSTANBUL Boya'],
    ['istanbul', 'İSTANBUL Boya'],
    ['dogu', 'Doğu Yapı A.Ş.'],
  ] as const) {
    await list.searchFor(typed);
    await expect(list.rows).toHaveCount(1);
    await expect(list.rows.first()).toContainText(found);
  }

  await shell.open(app.url, '/invoices');
  const invoices = new InvoiceListPage(page);
  await invoices.search.fill('dogu yapi');
  await expect(invoices.rows).toHaveCount(1);
  await expect(invoices.rows.first()).toContainText('Doğu Yapı');
});
