import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { Invoice } from '../../src-shared/domain/invoices/types';
import type { Payment } from '../../src-shared/domain/payments/types';
import type { CustomerAccount } from '../../src-shared/domain/reports/types';
import { formatMoney } from '../../src-shared/money/format';
import { expect, test, type AppFixture } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { CustomerCardPage } from './pages/customer-card-page';
import { InvoiceDetailPage } from './pages/invoice-detail-page';
import { InvoiceFormPage } from './pages/invoice-form-page';
import { InvoiceListPage } from './pages/invoice-list-page';
import { PaymentDetailPage } from './pages/payment-detail-page';
import { PaymentFormPage } from './pages/payment-form-page';
import { ShellPage } from './pages/shell-page';

const tl = (minor: number) => formatMoney(minor, 'TRY', 'tr');
const today = todayLocal();

/** A customer with invoices given by single totals (kuruş), due in the future unless said otherwise. */
async function customerWithInvoices(
  app: AppFixture,
  title: string,
  invoices: { total: number; issueDate?: string; dueDate?: string }[],
): Promise<{ customer: Customer; invoices: Invoice[] }> {
  const customer = await app.call<Customer>('customers/create', { title, paymentTermsDays: 30 });
  const created: Invoice[] = [];
  for (const [i, invoice] of invoices.entries()) {
    created.push(
      await app.call<Invoice>('invoices/create', {
        customerId: customer.id,
        issueDate: invoice.issueDate ?? addDays(today, -10 + i),
        dueDate: invoice.dueDate ?? addDays(today, 20 + i),
        currency: 'TRY',
        total: invoice.total,
      }),
    );
  }
  return { customer, invoices: created };
}

test('creates an invoice with two lines and computes its totals as the backend does', async ({ page, app }) => {
  const customer = await app.call<Customer>('customers/create', { title: 'Boğaziçi Gıda Ltd. Şti.', paymentTermsDays: 45 });
  const shell = new ShellPage(page);
  const list = new InvoiceListPage(page);
  const form = new InvoiceFormPage(page);
  const detail = new InvoiceDetailPage(page);

  await shell.open(app.url);
  await shell.navLink('/invoices').click();
  await expect(list.emptyState).toBeVisible();
  await page.getByTestId('new-invoice').click();
  await form.expectOpen();
  await form.pickCustomer('boğaz', 'Boğaziçi Gıda Ltd. Şti.');
  // 12 × 1.234,56 = 14.814,72 net; %20 KDV = 2.962,94 → 17.777,66
  await form.fillLine(0, { description: 'Ayçiçek yağı 5 L', quantity: '12', unitPrice: '1.234,56' });
  await form.addLine();
  // 2,5 × 480,00 = 1.200,00; %10 iskonto → 1.080,00; %10 KDV = 108,00 → 1.188,00
  await form.fillLine(1, { description: 'Nakliye', quantity: '2,5', unitPrice: '480', vatRate: '%10', discountPercent: '10' });

  await expect(form.lineNet(0)).toHaveText('14.814,72 ₺');
  await expect(form.lineVat(0)).toHaveText('2.962,94 ₺');
  await expect(form.lineTotal(0)).toHaveText('17.777,66 ₺');
  await expect(form.lineTotal(1)).toHaveText('1.188,00 ₺');
  await expect(form.net).toHaveText('15.894,72 ₺');
  await expect(form.vat).toHaveText('3.070,94 ₺');
  await expect(form.grandTotal).toHaveText('18.965,66 ₺');
  await expect(form.field('number')).toHaveValue(/^VDE\d{4}000000001$/); // proposed by invoices/suggest-number
  await form.save();

  await expect(detail.root).toBeVisible();
  await expect(detail.total).toHaveText('18.965,66 ₺');
  const saved = await app.call<Invoice>('invoices/get', { id: detail.idFromUrl() });
  expect(saved).toMatchObject({
    customerId: customer.id,
    issueDate: today,
    dueDate: addDays(today, 45),
    currency: 'TRY',
    net: 1_589_472,
    vat: 307_094,
    total: 1_896_566,
    openAmount: 1_896_566,
    status: 'open',
  });
  expect(
    saved.lines.map(({ description, quantity, unitPrice, vatRate, discountPercent }) => ({
      description,
      quantity,
      unitPrice,
      vatRate,
      discountPercent,
    })),
  ).toEqual([
    { description: 'Ayçiçek yağı 5 L', quantity: 12, unitPrice: 123_456, vatRate: 20, discountPercent: 0 },
    { description: 'Nakliye', quantity: 2.5, unitPrice: 48_000, vatRate: 10, discountPercent: 10 },
  ]);
  await expect(detail.number).toHaveText(saved.number);
});

test('shows the backend refusal of a taken invoice number under the number field', async ({ page, app }) => {
  const { customer, invoices } = await customerWithInvoices(app, 'Ege Lojistik A.Ş.', [{ total: 10_000 }]);
  const taken = invoices[0]!.number;
  const form = new InvoiceFormPage(page);

  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/invoices/new?customer=${customer.id}`);
  await form.expectOpen();
  await expect(form.field('customerId')).toHaveValue('C00001 · Ege Lojistik A.Ş.');
  await form.field('number').fill(taken);
  await form.fillLine(0, { description: 'Depolama', quantity: '1', unitPrice: '250' });
  await form.save();

  const error = page.locator(`[id="${await form.field('number').getAttribute('id')}-error"]`);
  await expect(error).toHaveText('Bu numara zaten kullanılıyor.');
  await expect(form.field('lines.0.description')).toHaveValue('Depolama'); // nothing typed is lost
  const list = await app.call<{ items: unknown[] }>('invoices/list', { customerId: customer.id });
  expect(list.items).toHaveLength(1);
});

test('a partial payment with automatic allocation makes the oldest invoice partially paid, then paid', async ({ page, app }) => {
  const { invoices } = await customerWithInvoices(app, 'Ege Lojistik A.Ş.', [{ total: 100_000 }, { total: 50_000 }]);
  const [older, newer] = invoices as [Invoice, Invoice];
  const shell = new ShellPage(page);
  const list = new InvoiceListPage(page);
  const form = new PaymentFormPage(page);

  await shell.open(app.url);
  await shell.navLink('/invoices').click();
  await expect(list.status(older.number)).toHaveAttribute('data-status', 'open');

  await page.getByTestId('new-payment').click();
  await form.expectOpen();
  await form.pickCustomer('ege', 'Ege Lojistik A.Ş.');
  await form.fillAmount('400');
  await expect(page.getByTestId('auto-preview')).toContainText(older.number); // oldest due first
  await form.save();
  await expect(page.getByTestId('payment-detail')).toBeVisible();
  await expect(page.getByText('1 faturaya toplam 400,00 ₺ eşleştirildi.')).toBeVisible();

  await shell.navLink('/invoices').click();
  await expect(list.status(older.number)).toHaveAttribute('data-status', 'partially_paid');
  await expect(list.status(newer.number)).toHaveAttribute('data-status', 'open');
  await expect(list.row(older.number).getByTestId('invoice-open')).toHaveText('600,00 ₺');

  // The rest of the older one and all of the newer one: both paid.
  await page.getByTestId('new-payment').click();
  await form.pickCustomer('ege', 'Ege Lojistik A.Ş.');
  await form.fillAmount('1.100,00');
  await form.save();
  await expect(page.getByTestId('payment-detail')).toBeVisible();
  await shell.navLink('/invoices').click();
  await expect(list.status(older.number)).toHaveAttribute('data-status', 'paid');
  await expect(list.status(newer.number)).toHaveAttribute('data-status', 'paid');
  await expect(list.totalsOf('TRY').getByTestId('totals-open')).toHaveText('0,00 ₺');
});

test('refuses a manual allocation above an invoice’s open amount and saves nothing', async ({ page, app }) => {
  const { customer, invoices } = await customerWithInvoices(app, 'Anadolu Tekstil A.Ş.', [{ total: 30_000 }, { total: 70_000 }]);
  const [first, second] = invoices as [Invoice, Invoice];
  const shell = new ShellPage(page);
  const form = new PaymentFormPage(page);

  await shell.open(app.url);
  await goToRoute(page, `/payments/new?customer=${customer.id}`);
  await form.expectOpen();
  await form.fillAmount('500');
  await form.chooseMode('manual');
  await expect(form.allocationRows).toHaveCount(2);
  await form.allocationInput(first.id).fill('400'); // only 300,00 is open
  await form.allocationInput(second.id).fill('100');
  await form.save();

  await expect(await form.errorOf(`allocations.${first.id}`)).toHaveText('Faturanın açık tutarını (300,00 ₺) aşıyor.');
  await expect(form.alert).toContainText('Lütfen işaretli alanları düzeltin.');
  await expect(page).toHaveURL(/#\/payments\/new/);
  for (const invoice of [first, second]) {
    const stored = await app.call<Invoice>('invoices/get', { id: invoice.id });
    expect(stored.openAmount).toBe(invoice.total);
    expect(stored.allocations).toEqual([]);
  }

  // More in all than the payment: the remaining goes negative and is refused too.
  await form.allocationInput(first.id).fill('300');
  await form.allocationInput(second.id).fill('300');
  await expect(form.remaining).toHaveText('100,00 ₺');
  await form.save();
  await expect(form.allocationError).toHaveText('Eşleştirilen toplam, tutarı (500,00 ₺) aşıyor.');
  expect((await app.call<Invoice>('invoices/get', { id: second.id })).allocations).toEqual([]);
});

test('reverses a payment: the invoice is open again and history keeps both', async ({ page, app }) => {
  const { customer, invoices } = await customerWithInvoices(app, 'Karadeniz Fındık Ltd.', [{ total: 250_000 }]);
  const invoice = invoices[0]!;
  const payment = await app.call<Payment>('payments/record', {
    customerId: customer.id,
    date: today,
    currency: 'TRY',
    amount: 250_000,
    method: 'bank_transfer',
    allocate: 'auto',
  });
  expect((await app.call<Invoice>('invoices/get', { id: invoice.id })).status).toBe('paid');
  const shell = new ShellPage(page);
  const detail = new PaymentDetailPage(page);
  const invoicePage = new InvoiceDetailPage(page);

  await shell.open(app.url);
  await goToRoute(page, `/payments/${payment.id}`);
  await detail.expectOpen();
  await expect(detail.allocations).toHaveCount(1);
  await detail.reverse('Yanlış cariye girilmiş');

  await expect(detail.reversedNotice).toContainText('Yanlış cariye girilmiş');
  await expect(detail.allocations.first()).toHaveAttribute('data-reversed', 'true');
  const reversed = await app.call<Payment>('payments/get', { id: payment.id });
  expect(reversed.reversedAt).not.toBeNull();
  expect(reversed.reversalReason).toBe('Yanlış cariye girilmiş');

  await detail.allocations.first().getByRole('link').click();
  await invoicePage.expectShowing(invoice.number);
  await expect(invoicePage.openAmount).toHaveText(tl(250_000));
  await expect(invoicePage.status).toHaveAttribute('data-status', 'open');
  await expect(invoicePage.allocations.first()).toHaveAttribute('data-reversed', 'true');
  expect((await app.call<Invoice>('invoices/get', { id: invoice.id })).openAmount).toBe(250_000);
});

test('the customer card shows the balance and aging that customers/account returns', async ({ page, app }) => {
  const { customer } = await customerWithInvoices(app, 'Işık Mobilya', [
    { total: 120_000, issueDate: addDays(today, -80), dueDate: addDays(today, -45) }, // 31–60
    { total: 80_000, issueDate: addDays(today, -20), dueDate: addDays(today, -5) }, // 1–30
    { total: 50_000, issueDate: addDays(today, -2), dueDate: addDays(today, 28) }, // not due
  ]);
  await app.call('payments/record', {
    customerId: customer.id,
    date: today,
    currency: 'TRY',
    amount: 10_000,
    method: 'cash',
    allocate: 'none',
  });
  const account = await app.call<CustomerAccount>('customers/account', { id: customer.id });
  const figures = account.currencies.find((row) => row.currency === 'TRY')!;
  expect(figures.balance).toBe(240_000);
  const shell = new ShellPage(page);
  const card = new CustomerCardPage(page);

  await shell.open(app.url);
  await goToRoute(page, `/customers/${customer.id}`);
  await card.expectShowing('Işık Mobilya');
  await expect(card.accountFigure('TRY', 'balance')).toHaveText(tl(figures.balance));
  await expect(card.accountFigure('TRY', 'overdue')).toHaveText(tl(figures.overdue));
  await expect(card.accountFigure('TRY', 'credit')).toHaveText(tl(figures.credit));
  await expect(card.agingAmounts('TRY')).toHaveText(figures.buckets.map(tl));
  await expect(card.agingAmounts('TRY')).toHaveText(['500,00 ₺', '800,00 ₺', '1.200,00 ₺', '0,00 ₺', '0,00 ₺', '0,00 ₺']);
  await card.openTab('payments');
  await expect(card.paymentRows).toHaveCount(1); // the advance
  await card.openTab('invoices');
  await expect(card.invoiceRows).toHaveCount(3);

  // A new invoice for this customer shows up on the card without a reload (ledger/changed).
  await app.call('invoices/create', { customerId: customer.id, issueDate: today, currency: 'TRY', total: 30_000 });
  await expect(card.invoiceRows).toHaveCount(4);
  await card.openTab('overview');
  await expect(card.accountFigure('TRY', 'balance')).toHaveText(tl(270_000));
});

test('says what is wrong with a line beside that line, and a sum out of range under the totals', async ({ page, app }) => {
  test.slow(); // a fresh server and two refusals on a busy machine
  const customer = await app.call<Customer>('customers/create', { title: 'Ege Vinç A.Ş.', paymentTermsDays: 30 });
  const form = new InvoiceFormPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/invoices/new?customer=${customer.id}`);
  await form.expectOpen();
  await form.fillLine(0, { description: 'Depolama', quantity: '1', unitPrice: '250' });
  await form.addLine();
  // 1.000.000 × 10 milyar TL: the line alone is above what an invoice may hold.
  await form.fillLine(1, { description: 'Vinç', quantity: '1000000', unitPrice: '10000000000' });
  await form.save();
  const tooLarge =
    'Bu satırın tutarı bir faturanın alabileceği en büyük tutarı (10 trilyon) aşıyor: miktarı ve fiyatı kontrol edin.';
  await expect(form.lines.nth(1).getByTestId('line-error')).toHaveText(tooLarge);
  await expect(form.lines.nth(0).getByTestId('line-error')).toHaveCount(0);
  await expect(page.getByTestId('lines-total-error')).toHaveCount(0);
  await expect(form.form.getByText(tooLarge)).toHaveCount(1); // not repeated above the form
  await page.screenshot({ path: 'test-results/e2e/invoice-line-error-tr.png', fullPage: true });

  // Two lines of 7,2 trilyon TL each (KDV included): each fits, their sum does not; said under the totals.
  await form.fillLine(1, { quantity: '1000', unitPrice: '6000000000' });
  await form.addLine();
  await form.fillLine(2, { description: 'Vinç 2', quantity: '1000', unitPrice: '6000000000' });
  await form.save();
  await expect(page.getByTestId('lines-total-error')).toHaveText(
    'Satırların toplamı bir faturanın alabileceği en büyük tutarı (10 trilyon) aşıyor.',
  );
  await expect(form.form.getByTestId('line-error')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/invoice-lines-total-error-tr.png', fullPage: true });
  const list = await app.call<{ items: unknown[] }>('invoices/list', { customerId: customer.id });
  expect(list.items).toHaveLength(0);
});

test('a single-total invoice shows no net and no KDV on its page (it has no breakdown); a line invoice does', async ({
  page,
  app,
}) => {
  const { customer, invoices } = await customerWithInvoices(app, 'Tek Tutar Ltd.', [{ total: 120_000 }]);
  const lines = await app.call<Invoice>('invoices/create', {
    customerId: customer.id,
    issueDate: today,
    lines: [{ description: 'Nakliye', quantity: 1, unitPrice: 100_000, vatRate: 20 }],
  });
  const detail = new InvoiceDetailPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/invoices/${invoices[0]!.id}`);
  await expect(detail.total).toHaveText(tl(120_000));
  await expect(detail.root).not.toContainText('KDV');
  await expect(page.getByTestId('invoice-net')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/invoice-single-total.png', fullPage: true });
  await goToRoute(page, `/invoices/${lines.id}`);
  await expect(detail.total).toHaveText(tl(120_000));
  await expect(page.getByTestId('invoice-net')).toHaveText(tl(100_000));
  await expect(page.getByTestId('invoice-vat')).toHaveText(tl(20_000));
});
