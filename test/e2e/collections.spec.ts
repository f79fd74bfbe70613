import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Dispute, PaymentPromise, TimelinePage } from '../../src-shared/domain/collections/types';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { Invoice } from '../../src-shared/domain/invoices/types';
import type { CustomerRisk } from '../../src-shared/domain/reports/types';
import { formatMoney } from '../../src-shared/money/format';
import { expect, test, type AppFixture } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { CustomerCardPage } from './pages/customer-card-page';
import { resolveDispute } from './pages/dialog-form';
import { InvoiceDetailPage } from './pages/invoice-detail-page';
import { InvoiceListPage } from './pages/invoice-list-page';
import { PaymentDetailPage } from './pages/payment-detail-page';
import { ShellPage } from './pages/shell-page';

const tl = (minor: number) => formatMoney(minor, 'TRY', 'tr');
const today = todayLocal();
/** A day as typed in Turkish: 31.12.2026. */
const typed = (day: string) => day.split('-').reverse().join('.');

/** A customer with one overdue invoice of 10.000,00 ₺. */
async function customerOwing(app: AppFixture, title: string): Promise<{ customer: Customer; invoice: Invoice }> {
  const customer = await app.call<Customer>('customers/create', { title });
  const invoice = await app.call<Invoice>('invoices/create', {
    customerId: customer.id,
    issueDate: addDays(today, -40),
    dueDate: addDays(today, -10),
    total: 1_000_000,
  });
  return { customer, invoice };
}

async function openCard(page: CustomerCardPage['page'], app: AppFixture, customer: Customer): Promise<CustomerCardPage> {
  const card = new CustomerCardPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/customers/${customer.id}`);
  await card.expectShowing(customer.title);
  return card;
}

test('logs a call from the card; it is checked first and shows on the timeline at once', async ({ page, app }) => {
  const { customer, invoice } = await customerOwing(app, 'Anadolu Tekstil A.Ş.');
  const card = await openCard(page, app, customer);
  await card.openTab('timeline');
  await expect(card.timelineEntries).toHaveCount(1);
  await expect(card.timelineHeadline(0)).toHaveText(`Fatura ${invoice.number} kesildi`);

  const form = await card.startActivity();
  await form.saveButton.click();
  await expect(await form.errorOf('summary')).toHaveText('Bu alan zorunludur.');
  await form.fill({ summary: 'Muhasebe arandı', body: 'Cuma günü havale yapacaklar.' });
  await form.choose('outcome', 'Ulaşıldı');
  await form.save();

  await expect(card.timelineEntries).toHaveCount(2);
  await expect(card.timelineEntries.first()).toHaveAttribute('data-kind', 'activity');
  await expect(card.timelineHeadline(0)).toHaveText('Telefon görüşmesi: Muhasebe arandı');
  await expect(card.timelineEntries.first()).toContainText('Ulaşıldı');
  await expect(card.timelineEntries.first()).toContainText('Cuma günü havale yapacaklar.');
  const timeline = await app.call<TimelinePage>('customers/timeline', { id: customer.id });
  expect(timeline.items[0]).toMatchObject({ kind: 'activity', code: 'call', outcome: 'reached', title: 'Muhasebe arandı' });
});

test('records a promise to pay, sees it on the timeline and the list, and cancels it', async ({ page, app }) => {
  const { customer } = await customerOwing(app, 'Karadeniz Fındık Ltd. Şti.');
  const card = await openCard(page, app, customer);
  const payBy = addDays(today, 7);

  const form = await card.startPromise();
  await form.fill({ promisedDate: typed(addDays(today, -1)), amount: '1.500,00', note: 'Ayın 30’unda' });
  await form.saveButton.click();
  await expect(await form.errorOf('promisedDate')).toHaveText('Söz tarihi, sözün verildiği günden önce olamaz.');
  await form.fill({ promisedDate: typed(payBy) });
  await form.save();

  await card.openTab('timeline');
  await expect(card.timelineEntries.first()).toHaveAttribute('data-kind', 'promise');
  await expect(card.timelineHeadline(0)).toHaveText(`${typed(payBy)} tarihine kadar ödeme sözü`);
  await expect(card.timelineEntries.first().getByTestId('timeline-amount')).toHaveText(tl(150_000));
  await expect(card.timelineEntries.first().getByTestId('promise-status')).toHaveText('Bekliyor');

  await card.openTab('collections');
  await expect(card.promiseRows).toHaveCount(1);
  await expect(card.promiseRows.first()).toHaveAttribute('data-status', 'pending');
  await card.cancelPromise(card.promiseRows.first());
  await expect(card.promiseRows.first()).toHaveAttribute('data-status', 'cancelled');
  const [saved] = await app.call<PaymentPromise[]>('promises/list', { customerId: customer.id });
  expect(saved).toMatchObject({ amount: 150_000, currency: 'TRY', promisedDate: payBy, status: 'cancelled' });
});

test('opens a dispute on an invoice and accepts it: a credit note pays the invoice down', async ({ page, app }) => {
  const { customer, invoice } = await customerOwing(app, 'Marmara Yapı Market');
  const detail = new InvoiceDetailPage(page);
  const list = new InvoiceListPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/invoices/${invoice.id}`);
  await detail.expectShowing(invoice.number);

  const form = await detail.startDispute();
  await expect(form.field('amount')).toHaveValue('10.000,00'); // the open amount
  await form.fill({ amount: '12.000,00' });
  await form.saveButton.click();
  await expect(await form.errorOf('amount')).toHaveText('İtiraz tutarı faturanın açık tutarını (10.000,00 ₺) aşamaz.');
  await expect(await form.errorOf('reason')).toHaveText('Bu alan zorunludur.');
  await form.choose('reason', 'Fiyat farkı');
  await form.fill({ amount: '2.500,00', note: 'Teklifte birim fiyat 90 TL idi' });
  await form.save();

  await expect(detail.status).toHaveAttribute('data-status', 'disputed');
  await expect(detail.disputeRows).toHaveCount(1);
  await expect(detail.disputeRows.first()).toHaveAttribute('data-status', 'open');
  await goToRoute(page, '/invoices');
  await list.waitForLoaded();
  await expect(list.status(invoice.number)).toHaveAttribute('data-status', 'disputed');
  await list.open(invoice.number);

  await resolveDispute(detail.disputeRows.first(), 'accept', 'Fiyat farkı kabul edildi');
  await expect(detail.disputeRows.first()).toHaveAttribute('data-status', 'accepted');
  await expect(detail.openAmount).toHaveText(tl(750_000));
  await expect(detail.status).toHaveAttribute('data-status', 'overdue');
  const [dispute] = await app.call<Dispute[]>('disputes/list', { invoiceId: invoice.id });
  expect(dispute).toMatchObject({ status: 'accepted', resolutionNote: 'Fiyat farkı kabul edildi' });
  expect(dispute!.creditNoteId).not.toBeNull();

  await detail.disputeRows.first().getByTestId('dispute-credit-note').click();
  const credit = new PaymentDetailPage(page);
  await credit.expectOpen();
  expect(credit.idFromUrl()).toBe(dispute!.creditNoteId);

  const card = await openCard(page, app, customer);
  await expect(card.accountFigure('TRY', 'balance')).toHaveText(tl(750_000));
  await card.openTab('timeline');
  await expect(card.page.locator('[data-testid="timeline-entry"][data-kind="dispute_resolved"]')).toContainText(
    `${invoice.number} itirazı kabul edildi; iade faturası kesildi`,
  );
});

test('rejects a dispute from the card: the invoice stays owed as it was', async ({ page, app }) => {
  const { customer, invoice } = await customerOwing(app, 'Ege Zeytin Kooperatifi');
  await app.call('disputes/open', { invoiceId: invoice.id, reason: 'quantity', amount: 300_000, note: '3 koli eksik' });
  const card = await openCard(page, app, customer);

  await expect(card.openDisputesBadge).toHaveText('1 açık itiraz');
  await card.openDisputesBadge.click();
  await expect(page.getByTestId('card-tab-collections')).toHaveAttribute('aria-selected', 'true');
  await expect(card.disputeRows).toHaveCount(1);
  await expect(card.disputeRows.first()).toContainText('Miktar farkı');
  await resolveDispute(card.disputeRows.first(), 'reject', 'İrsaliye imzalı teslim alınmış');

  await expect(card.disputeRows.first()).toHaveAttribute('data-status', 'rejected');
  await expect(card.openDisputesBadge).toBeHidden();
  expect(await app.call<Invoice>('invoices/get', { id: invoice.id })).toMatchObject({ openAmount: 1_000_000, status: 'overdue' });
});

test('the risk badge shows the segment customers/risk computes and explains why', async ({ page, app }) => {
  const customer = await app.call<Customer>('customers/create', { title: 'Geç Öder Ticaret' });
  // Four invoices paid 150 days late, one still open and overdue, one promise that was not kept.
  const invoiceDue = (dueDate: string, total: number) =>
    app.call<Invoice>('invoices/create', { customerId: customer.id, issueDate: addDays(dueDate, -30), dueDate, total });
  for (let i = 0; i < 4; i++) {
    const invoice = await invoiceDue(addDays(today, -170), 100_000);
    await app.call('payments/record', {
      customerId: customer.id,
      date: addDays(today, -20),
      amount: 100_000,
      method: 'bank_transfer',
      allocate: [{ invoiceId: invoice.id, amount: 100_000 }],
    });
  }
  await invoiceDue(addDays(today, -30), 50_000);
  await app.call('promises/create', {
    customerId: customer.id,
    amount: 50_000,
    madeOn: addDays(today, -100),
    promisedDate: addDays(today, -90),
  });
  const risk = await app.call<CustomerRisk>('customers/risk', { id: customer.id });
  expect(risk.segment).toBe('D');
  const newcomer = await app.call<Customer>('customers/create', { title: 'Yeni Müşteri' });

  const card = await openCard(page, app, customer);
  await expect(card.riskBadge).toHaveAttribute('data-segment', 'D');
  await expect(card.riskBadge).toHaveText('Risk D');
  await card.explainRisk();
  await expect(card.riskExplanation).toContainText('Yüksek risk');
  const factor = (name: string) => card.riskExplanation.locator(`[data-factor="${name}"]`);
  await expect(factor('avgDaysLate')).toContainText('Ortalama gecikme: 150 gün');
  await expect(factor('shareLate')).toContainText('Geç ödenen faturalar: %100');
  await expect(factor('overdueRatio')).toContainText('Vadesi geçmiş bakiye: %100');
  await expect(factor('brokenPromises')).toContainText('Tutulmayan ödeme sözleri: 1');
  await expect(factor('brokenPromises')).toContainText('+1 puan');
  await expect(card.riskExplanation).toContainText(`Puan ${risk.score} / 12`);

  await goToRoute(page, `/customers/${newcomer.id}`);
  await card.expectShowing('Yeni Müşteri');
  await expect(card.riskBadge).toHaveAttribute('data-segment', 'B');
  await card.explainRisk();
  await expect(page.getByTestId('risk-insufficient')).toBeVisible();
});

test('the card pages payments and the timeline by keyset', async ({ page, app }) => {
  const { customer } = await customerOwing(app, 'Çok Hareketli Gıda');
  for (let i = 0; i < 25; i++) {
    await app.call('payments/record', { customerId: customer.id, date: addDays(today, -i), amount: 10_000, method: 'cash' });
  }
  for (let i = 0; i < 10; i++) {
    await app.call('activities/log', { customerId: customer.id, kind: 'note', summary: `Not ${i + 1}` });
  }
  const card = await openCard(page, app, customer);

  await card.openTab('payments');
  await expect(card.paymentRows).toHaveCount(20);
  await page.getByTestId('customer-payments-load-more').click();
  await expect(card.paymentRows).toHaveCount(25);
  await expect(page.getByTestId('customer-payments-load-more')).toBeHidden();

  await card.openTab('timeline');
  await expect(card.timelineEntries).toHaveCount(30);
  await expect(card.timelineHeadline(0)).toHaveText('Not: Not 10');
  await page.getByTestId('timeline-load-more').click();
  await expect(card.timelineEntries).toHaveCount(36); // 25 payments, 10 notes, the invoice
  await expect(page.getByTestId('timeline-load-more-end')).toBeVisible();
  await expect(card.timelineEntries.last()).toHaveAttribute('data-kind', 'invoice');
});
