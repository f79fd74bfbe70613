import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { Invoice, InvoicePage } from '../../src-shared/domain/invoices/types';
import type { AgingReport } from '../../src-shared/domain/reports/types';
import { expect, test, type AppFixture } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { AgingReportPage } from './pages/aging-report-page';
import { AuditLogPage } from './pages/audit-log-page';
import { CustomerCardPage } from './pages/customer-card-page';
import { CustomerFormPage } from './pages/customer-form-page';
import { CustomerListPage } from './pages/customer-list-page';
import { InvoiceListPage } from './pages/invoice-list-page';
import { ShellPage } from './pages/shell-page';

const today = todayLocal();
const daysAgo = (n: number) => addDays(today, -n);

/** An invoice due `overdue` days ago (negative: not due yet), issued 30 days before that. */
const invoice = (app: AppFixture, customerId: number, overdue: number, lira: number, currency = 'TRY') =>
  app.call<Invoice>('invoices/create', {
    customerId,
    issueDate: daysAgo(overdue + 30),
    dueDate: daysAgo(overdue),
    total: lira * 100,
    currency,
  });

/** What the report shows for a row: the buckets then the overdue sum, as the backend computes them. */
const cellsOf = (figures: { buckets: number[] }) => [...figures.buckets, figures.buckets.slice(1).reduce((a, b) => a + b, 0)];

test('the aging report matches the backend and every bucket opens exactly its invoices', async ({ page, app }) => {
  const deniz = await app.call<Customer>('customers/create', { title: 'Deniz Gıda Ltd. Şti.' });
  const kuzey = await app.call<Customer>('customers/create', { title: 'Kuzey Yapı A.Ş.' });
  await invoice(app, deniz.id, -10, 1000);
  const denizRecent = await invoice(app, deniz.id, 10, 2000);
  const deniz45 = await invoice(app, deniz.id, 45, 3000);
  const deniz50 = await invoice(app, deniz.id, 50, 4000);
  await invoice(app, deniz.id, 200, 5000);
  // Automatic allocation pays the oldest first: 1.500 ₺ of the 200-days-overdue invoice.
  await app.call('payments/record', { customerId: deniz.id, date: today, amount: 150000, method: 'cash' });
  const kuzeyRecent = await invoice(app, kuzey.id, 20, 7000);
  const kuzeyPaid = await invoice(app, kuzey.id, 15, 600);
  await app.call('payments/record', {
    customerId: kuzey.id,
    date: today,
    amount: 60000,
    method: 'cash',
    allocate: [{ invoiceId: kuzeyPaid.id, amount: 60000 }],
  });
  await invoice(app, kuzey.id, 70, 900, 'USD');

  const shell = new ShellPage(page);
  const aging = new AgingReportPage(page);
  const invoices = new InvoiceListPage(page);
  await shell.open(app.url);
  await shell.navLink('/reports').click();
  await aging.expectOpen();

  const report = await app.call<AgingReport>('reports/aging', { limit: 1000 });
  const tl = report.totals.find((t) => t.currency === 'TRY')!;
  expect(tl.buckets).toEqual([100000, 900000, 700000, 0, 0, 350000]);
  expect(await aging.amounts(aging.totalsRow)).toEqual(cellsOf(tl));
  for (const row of report.rows.filter((r) => r.currency === 'TRY')) {
    expect(await aging.amounts(aging.row(row.customerId))).toEqual(cellsOf(row));
  }
  // Largest balance first.
  await expect(aging.rows.first()).toHaveAttribute('data-customer-id', String(deniz.id));

  // One customer's 31–60 bucket: exactly the two invoices in it.
  await aging.openBucket(aging.row(deniz.id), 2);
  await invoices.waitForLoaded();
  await expect(invoices.rows).toHaveCount(2);
  await expect(invoices.row(deniz45.number)).toBeVisible();
  await expect(invoices.row(deniz50.number)).toBeVisible();
  await expect(invoices.totalsOf('TRY').getByTestId('totals-open')).toHaveText('7.000,00 ₺');
  await expect(page.getByTestId('open-on-filter')).toBeVisible();

  // The totals row's 1–30: both customers' invoices, not the one already paid.
  await page.goBack();
  await aging.expectOpen();
  await aging.openBucket(aging.totalsRow, 1);
  await invoices.waitForLoaded();
  await expect(invoices.rows).toHaveCount(2);
  await expect(invoices.row(denizRecent.number)).toBeVisible();
  await expect(invoices.row(kuzeyRecent.number)).toBeVisible();

  // Another currency is a separate table; amounts never mix.
  await page.goBack();
  await aging.chooseCurrency('USD');
  await expect(aging.rows).toHaveCount(1);
  expect(await aging.amounts(aging.row(kuzey.id))).toEqual([0, 0, 0, 90000, 0, 0, 90000]);

  // Other bounds: one bucket up to 60 days and one past it.
  await aging.chooseCurrency('TRY');
  await aging.setBounds('60');
  await expect(aging.totalsRow.getByTestId('aging-cell')).toHaveCount(4);
  const wide = await app.call<AgingReport>('reports/aging', { bounds: [60] });
  expect(await aging.amounts(aging.totalsRow)).toEqual(cellsOf(wide.totals.find((t) => t.currency === 'TRY')!));

  // A past day: the figures of that day, and its buckets open what was owed then.
  const past = daysAgo(40);
  const [y, m, d] = past.split('-');
  await aging.setAsOf(`${d}.${m}.${y}`);
  await expect(page.getByTestId('aging-past-note')).toBeVisible();
  const then = await app.call<AgingReport>('reports/aging', { asOf: past, bounds: [60] });
  const thenTl = then.totals.find((t) => t.currency === 'TRY')!;
  await expect.poll(() => aging.amounts(aging.totalsRow)).toEqual(cellsOf(thenTl));
  await aging.openBucket(aging.totalsRow, 1);
  await invoices.waitForLoaded();
  const expected = await app.call<InvoicePage>('invoices/list', {
    openOn: past,
    currency: 'TRY',
    dueFrom: addDays(past, -60),
    dueTo: addDays(past, -1),
  });
  expect(expected.items.length).toBeGreaterThan(0);
  await expect(invoices.rows).toHaveCount(expected.items.length);
  for (const item of expected.items) await expect(invoices.row(item.number)).toBeVisible();
});

test('the aging report says when nothing is owed', async ({ page, app }) => {
  const shell = new ShellPage(page);
  const aging = new AgingReportPage(page);
  await shell.open(app.url);
  await goToRoute(page, '/reports');
  await aging.expectOpen();
  await expect(aging.empty).toBeVisible();
});

test('the change history shows a customer edit before and after, from the card and the invoice', async ({ page, app }) => {
  const customer = await app.call<Customer>('customers/create', { title: 'Ege Tekstil Ltd. Şti.', city: 'İzmir' });
  const shell = new ShellPage(page);
  const card = new CustomerCardPage(page);
  const form = new CustomerFormPage(page);
  const audit = new AuditLogPage(page);
  await shell.open(app.url);
  await goToRoute(page, `/customers/${customer.id}`);
  await card.expectShowing('Ege Tekstil Ltd. Şti.');
  await card.edit();
  await form.fill({ city: 'Manisa', phone: '0236 111 22 33' });
  await form.save();
  await card.expectShowing('Ege Tekstil Ltd. Şti.');

  await page.getByTestId('audit-history-link').click();
  await audit.expectOpen();
  await expect(audit.recordFilter).toBeVisible();
  await expect(audit.entries).toHaveCount(2);
  const edit = audit.entries.first();
  await expect(edit).toHaveAttribute('data-action', 'customers/update');
  await expect(edit.getByTestId('audit-record')).toHaveText(`${customer.code} · Ege Tekstil Ltd. Şti.`);
  await expect(audit.change(edit, 'city').before).toHaveText('İzmir');
  await expect(audit.change(edit, 'city').after).toHaveText('Manisa');
  await expect(audit.change(edit, 'phone').after).toHaveText('0236 111 22 33');
  await expect(audit.entries.nth(1)).toHaveAttribute('data-action', 'customers/create');

  // Every record's history, then narrowed back by the record type filter.
  const created = await app.call<Invoice>('invoices/create', { customerId: customer.id, issueDate: today, total: 250000 });
  await goToRoute(page, `/invoices/${created.id}`);
  await page.getByTestId('audit-history-link').click();
  await audit.expectOpen();
  await expect(page).toHaveURL(new RegExp(`entity=invoice&id=${created.id}`));
  await expect(audit.entries).toHaveCount(1);
  await expect(audit.entries.first()).toHaveAttribute('data-action', 'invoices/create');
  await expect(audit.change(audit.entries.first(), 'total').after).toHaveText('2.500,00 ₺');
  await audit.clearRecordFilter();
  await expect(page).toHaveURL(/entity=invoice$/);
  await expect(audit.entries).toHaveCount(1);
  await goToRoute(page, '/reports/audit');
  await expect(audit.entries).toHaveCount(3);
});

test('the customer list shows each risk segment and filters by it', async ({ page, app }) => {
  const late = await app.call<Customer>('customers/create', { title: 'Geç Öder Ltd. Şti.' });
  await app.call<Customer>('customers/create', { title: 'Yeni Cari A.Ş.' });
  // Three invoices paid some 100 days late and a large one still overdue: segment D.
  for (let i = 0; i < 3; i++) {
    const small = await invoice(app, late.id, 120, 50);
    await app.call('payments/record', {
      customerId: late.id,
      date: daysAgo(20),
      amount: 5000,
      method: 'cash',
      allocate: [{ invoiceId: small.id, amount: 5000 }],
    });
  }
  await invoice(app, late.id, 170, 900);

  const shell = new ShellPage(page);
  const list = new CustomerListPage(page);
  await shell.open(app.url);
  await list.waitForLoaded();
  await expect(list.riskOf('Geç Öder')).toHaveAttribute('data-segment', 'D');
  await expect(list.riskOf('Yeni Cari')).toHaveAttribute('data-segment', 'B');
  const risk = await app.call<{ segment: string }>('customers/risk', { id: late.id });
  expect(risk.segment).toBe('D');

  await list.filterRisk(/^D/);
  await expect(list.rows).toHaveCount(1);
  await expect(list.row('Geç Öder')).toBeVisible();
  await expect(page).toHaveURL(/risk=D/);
});
