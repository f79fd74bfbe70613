import type { BacktestAnswer, CollectionsTrend, DashboardKpis } from '../../src-shared/domain/dashboard/types';
import { formatMoney } from '../../src-shared/money/format';
import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { expect, test, type AppFixture } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { InvoiceListPage } from './pages/invoice-list-page';
import { ShellPage } from './pages/shell-page';

const today = todayLocal();

/** A small ledger: one customer paying late, overdue and future invoices in lira, one in euro. */
async function arrange(app: AppFixture) {
  const c = await app.call<{ id: number }>('customers/create', { title: 'Pano Ticaret A.Ş.' });
  const invoice = (issue: number, due: number, total: number, currency = 'TRY') =>
    app.call<{ id: number; number: string }>('invoices/create', {
      customerId: c.id,
      issueDate: addDays(today, issue),
      dueDate: addDays(today, due),
      total,
      currency,
    });
  const paid = await invoice(-60, -40, 300000);
  await app.call('payments/record', {
    customerId: c.id,
    date: addDays(today, -30),
    amount: 300000,
    method: 'bank_transfer',
    allocate: [{ invoiceId: paid.id, amount: 300000 }],
  });
  const old = await invoice(-80, -45, 250000); // 31–60 days overdue
  const recent = await invoice(-20, -5, 125000); // 1–30 days overdue
  const future = await invoice(-2, 20, 500000); // not due
  await invoice(-1, 10, 90000, 'EUR');
  return { customerId: c.id, old, recent, future };
}

test('shows the KPIs the backend computes, the charts with a table view, and opens a bucket’s invoices', async ({
  page,
  app,
}) => {
  const { customerId, old, recent, future } = await arrange(app);
  const shell = new ShellPage(page);
  const dashboard = new DashboardPage(page);
  await shell.open(app.url);
  await dashboard.open();

  const kpis = await app.call<DashboardKpis>('dashboard/kpis', {});
  const tl = kpis.currencies.find((c) => c.currency === 'TRY')!.current;
  expect(tl.receivables).toBe(875000);
  await expect(dashboard.value('receivables')).toHaveText('8.750,00 ₺');
  await expect(dashboard.value('overdue')).toHaveText('3.750,00 ₺');
  await expect(dashboard.value('dso')).toHaveText(`${String(tl.dso).replace('.', ',')} gün`);
  await expect(dashboard.value('daysLate')).toHaveText('10 gün');
  await expect(dashboard.change('receivables')).toBeVisible();

  // The aging chart's table view lists every bucket with its amount.
  const agingRows = await dashboard.tableOf(dashboard.agingChart);
  await expect(agingRows).toHaveCount(6);
  await expect(agingRows.nth(0)).toContainText('5.000,00 ₺');
  await expect(agingRows.nth(1)).toContainText('1.250,00 ₺');
  await expect(agingRows.nth(2)).toContainText('2.500,00 ₺');

  // The forecast says what it counts (due dates, instalments, cheque/note maturities, promises).
  await expect(dashboard.forecastChart).toContainText('ödeme planı taksitleri');
  await dashboard.forecastChart.screenshot({ path: 'test-results/e2e/dashboard-forecast.png' });
  // The forecast: 13 weeks; the 5,000 ₺ due in 20 days is scheduled in the third week.
  const forecastRows = await dashboard.tableOf(dashboard.forecastChart);
  await expect(forecastRows).toHaveCount(13);
  await expect(forecastRows.nth(2)).toContainText('5.000,00 ₺');
  await dashboard.forecastChart.getByText('12 ay').click();
  await expect(forecastRows).toHaveCount(12);

  // Twelve months of invoiced against collected, and the customer at the top of the debtors.
  const trendRows = await dashboard.tableOf(page.getByTestId('trend-chart'));
  await expect(trendRows).toHaveCount(12);
  const trend = await app.call<CollectionsTrend>('dashboard/trend', {});
  const thisMonth = trend.currencies.find((c) => c.currency === 'TRY')!.months[11]!;
  expect(thisMonth.invoiced).toBeGreaterThanOrEqual(500000);
  await expect(trendRows.nth(11)).toContainText(formatMoney(thisMonth.invoiced, 'TRY', 'tr'));
  await expect(page.getByTestId('top-debtors-table')).toContainText('Pano Ticaret A.Ş.');
  // The customer's 8.750 ₺ sits in its risk segment's row.
  const { segment } = await app.call<{ segment: string }>('customers/risk', { id: customerId });
  const segmentRows = await dashboard.tableOf(page.getByTestId('segments-chart'));
  await expect(segmentRows.nth('ABCD'.indexOf(segment))).toContainText('8.750,00 ₺');

  // Forecast vs actual: eight weeks, the 3.000 ₺ collected 30 days ago in the week it came in.
  const backtestRows = await dashboard.backtestTable();
  const backtest = await app.call<BacktestAnswer>('dashboard/backtest', { weeks: 8 });
  await expect(backtestRows).toHaveCount(8);
  const week = (backtest.status === 'ready' ? backtest.currencies : [])
    .find((c) => c.currency === 'TRY')!
    .weeks.findIndex((w) => w.actual === 300000);
  await expect(backtestRows.nth(week)).toContainText('3.000,00 ₺');

  // Another currency shows its own figures.
  await dashboard.chooseCurrency('EUR');
  await expect(dashboard.value('receivables')).toHaveText('900,00 €');
  await dashboard.chooseCurrency('TRY');

  // Back to the chart; a click on the 31–60 bar lists exactly that bucket's invoice.
  await dashboard.agingChart.getByText(/^(Grafik|Chart)$/).click();
  await dashboard.openAgingBucket(2);
  const list = new InvoiceListPage(page);
  await expect(page).toHaveURL(/#\/invoices\?/);
  await list.waitForLoaded();
  await expect(list.row(old.number)).toBeVisible();
  await expect(list.rows).toHaveCount(1);
  expect([recent.number, future.number]).not.toContain(old.number);
});

test('starts on the dashboard, which says what it will show when there is nothing yet', async ({ page, app }) => {
  const shell = new ShellPage(page);
  await shell.open(app.url, '');
  await expect(page).toHaveURL(/#\/dashboard$/);
  // A fresh company is offered the first-run setup; skipped, the empty dashboard offers the next steps.
  await page.getByTestId('setup-skip').click();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect(page.getByTestId('aging-chart')).toContainText(/açık tutar yok/);
});
