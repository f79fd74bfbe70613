import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { Invoice } from '../../src-shared/domain/invoices/types';
import { formatMoney } from '../../src-shared/money/format';
import { expect, test } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { ChequeDetailPage } from './pages/cheque-detail-page';
import { ChequePortfolioPage } from './pages/cheque-portfolio-page';
import { CustomerCardPage } from './pages/customer-card-page';
import { InvoiceDetailPage } from './pages/invoice-detail-page';
import { ShellPage } from './pages/shell-page';

const tl = (minor: number) => formatMoney(minor, 'TRY', 'tr');
const today = todayLocal();
/** A day as typed in Turkish: 31.12.2026. */
const typed = (day: string) => day.split('-').reverse().join('.');

test('receives a cheque against an invoice, which is paid; the bounce re-opens it and shows on the timeline', async ({
  page,
  app,
}) => {
  const customer = await app.call<Customer>('customers/create', { title: 'Ege Tekstil A.Ş.' });
  const invoice = await app.call<Invoice>('invoices/create', {
    customerId: customer.id,
    issueDate: addDays(today, -40),
    dueDate: addDays(today, -10),
    total: 1_000_000,
  });
  await new ShellPage(page).open(app.url);
  const portfolio = new ChequePortfolioPage(page);
  await portfolio.open();
  await expect(portfolio.empty).toBeVisible();

  const form = await portfolio.startNew();
  await form.saveButton.click();
  await expect(await form.errorOf('serialNumber')).toHaveText('Bu alan zorunludur.');
  await expect(await form.errorOf('bank')).toHaveText('Bu alan zorunludur.');
  await form.choose('customerId', customer.title);
  await form.fill({
    serialNumber: 'A-4471',
    drawer: 'Ege Tekstil A.Ş.',
    bank: 'Ziraat Bankası',
    branch: 'Konak',
    amount: '10.000,00',
    issueDate: typed(addDays(today, -1)),
    dueDate: typed(addDays(today, -2)),
  });
  await form.saveButton.click();
  await expect(await form.errorOf('dueDate')).toHaveText('Vade tarihi düzenleme tarihinden önce olamaz.');
  await form.fill({ dueDate: typed(addDays(today, 30)) });
  await form.save();

  await expect(portfolio.rows).toHaveCount(1);
  await expect(portfolio.rows.first()).toContainText('Portföyde');
  await expect(portfolio.held).toHaveText(tl(1_000_000));

  const invoicePage = new InvoiceDetailPage(page);
  await goToRoute(page, `/invoices/${invoice.id}`);
  await expect(invoicePage.openAmount).toHaveText(tl(0));

  await portfolio.open();
  await portfolio.openRow('A-4471');
  const detail = new ChequeDetailPage(page);
  await expect(detail.status).toHaveText('Portföyde');
  const bounce = await detail.start('bounced');
  await expect(detail.transitionWarning).toBeVisible();
  await bounce.fill({ note: 'Banka karşılıksız iade etti' });
  await bounce.save();
  await expect(detail.status).toHaveText('Karşılıksız');
  await expect(detail.historyRows).toHaveCount(2);
  await expect(detail.action('legal')).toBeVisible();
  await expect(detail.action('collected')).toHaveCount(0);

  await goToRoute(page, `/invoices/${invoice.id}`);
  await expect(invoicePage.openAmount).toHaveText(tl(1_000_000));

  const card = new CustomerCardPage(page);
  await goToRoute(page, `/customers/${customer.id}`);
  await card.expectShowing(customer.title);
  await card.openTab('timeline');
  await expect(card.timelineEntries.filter({ hasText: 'Çek A-4471: Karşılıksız' })).toHaveCount(1);
  await expect(card.timelineEntries.filter({ hasText: 'Çek A-4471: Portföyde' })).toHaveCount(1);
  await expect(card.timelineEntries.first()).toHaveAttribute('data-kind', /cheque|reversal/);
});
