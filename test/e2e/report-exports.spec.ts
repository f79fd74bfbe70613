import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { CashForecast } from '../../src-shared/domain/dashboard/types';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { Invoice } from '../../src-shared/domain/invoices/types';
import type { Payment } from '../../src-shared/domain/payments/types';
import type { CollectionsReport, PaymentBehaviourReport } from '../../src-shared/domain/reports/types';
import { formatMoney } from '../../src-shared/money/format';
import { expect, test, type AppFixture } from './fixtures';
import { BehaviourReportPage } from './pages/behaviour-report-page';
import { ReportExport } from './pages/report-export';
import { ReportTabs } from './pages/report-tabs';
import { chooseSegment } from './pages/segmented';
import { ShellPage } from './pages/shell-page';

const today = todayLocal();
const day = (offset: number) => addDays(today, offset);
const tl = (minor: number) => formatMoney(minor, 'TRY', 'tr');

/** Ada paid one invoice on time and one 10 days late, paid by card ahead, had a payment reversed; Bora owes in USD and TRY. */
async function arrange(app: AppFixture) {
  // Report PDFs carry the letterhead: none is printed before the company has a name.
  await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
  const ada = await app.call<Customer>('customers/create', { title: 'Ada Tekstil A.Ş.' });
  const bora = await app.call<Customer>('customers/create', { title: 'Bora Lojistik Ltd.' });
  for (const [total, due, paid, method] of [
    [100_000, -100, -100, 'cash'],
    [300_000, -90, -80, 'bank_transfer'],
  ] as const) {
    const invoice = await app.call<Invoice>('invoices/create', {
      customerId: ada.id,
      issueDate: day(due - 30),
      dueDate: day(due),
      total,
    });
    await app.call('payments/record', {
      customerId: ada.id,
      date: day(paid),
      amount: total,
      method,
      allocate: [{ invoiceId: invoice.id, amount: total }],
    });
  }
  await app.call('invoices/create', { customerId: ada.id, issueDate: day(-40), dueDate: day(-10), total: 50_000 });
  await app.call('payments/record', { customerId: ada.id, date: day(-5), amount: 70_000, method: 'card', allocate: 'none' });
  const wrong = await app.call<Payment>('payments/record', {
    customerId: ada.id,
    date: day(-3),
    amount: 90_000,
    method: 'cash',
    allocate: 'none',
  });
  await app.call('payments/reverse', { id: wrong.id, reason: 'Yanlış cari' });
  await app.call('invoices/create', { customerId: bora.id, issueDate: today, dueDate: day(10), total: 120_000 });
  await app.call('invoices/create', { customerId: bora.id, issueDate: today, dueDate: day(20), total: 200_000, currency: 'USD' });
  await app.call('payments/record', {
    customerId: bora.id,
    date: day(-20),
    amount: 40_000,
    method: 'cheque',
    currency: 'USD',
    allocate: 'none',
  });
  return { ada, bora };
}

test('the collections, behaviour and forecast reports match the backend and export CSV and Excel', async ({ page, app }) => {
  const { ada } = await arrange(app);
  const shell = new ShellPage(page);
  const tabs = new ReportTabs(page);
  const exporter = new ReportExport(page);
  await shell.open(app.url, '/reports/aging');

  // Collections: TRY by default; 1,000 + 3,000 + 700 ₺ in three payments, the reversed 900 ₺ shown apart.
  await tabs.open('collections');
  const collections = await app.call<CollectionsReport>('reports/collections', {});
  const tryCollections = collections.currencies.find((c) => c.currency === 'TRY')!;
  expect(tryCollections.total).toEqual({ amount: 470_000, count: 3 });
  await expect(page.getByTestId('collections-total')).toContainText(tl(470_000));
  await expect(page.getByTestId('collections-reversed')).toContainText(tl(90_000));
  expect(await tabs.rows('collections-periods')).toHaveLength(tryCollections.periods.length);
  expect(await tabs.totals('collections-periods')).toEqual(['Toplam', '3', tl(470_000)]);
  expect(await tabs.rows('collections-methods')).toContainEqual(['Havale/EFT', '1', tl(300_000), '%63,8']);
  await page.screenshot({ path: 'test-results/e2e/report-collections-tr.png', fullPage: true });

  const csv = await exporter.csv();
  expect(csv.name).toBe('tahsilatlar-TRY.csv');
  expect(csv.lines[0]).toEqual(['Dönem', 'Adet', 'Tutar']);
  expect(csv.lines).toContainEqual(['Toplam', '3', '4700,00']);
  expect(csv.lines).toContainEqual(['Kredi kartı/POS', '1', '700,00', '14,9']);
  const xlsx = await exporter.xlsx();
  expect(xlsx.workbook.worksheets.map((s) => s.name)).toEqual(['Döneme göre (TRY)', 'Ödeme şekline göre (TRY)']);
  const methods = xlsx.workbook.worksheets[1]!;
  const bank = methods.getRows(2, methods.rowCount - 1)!.find((r) => r.getCell(1).value === 'Havale/EFT')!;
  expect([bank.getCell(2).value, bank.getCell(3).value]).toEqual([1, 3000]);
  expect(bank.getCell(3).numFmt).toContain('₺');
  expect(methods.getRow(methods.rowCount).getCell(3).value).toBe(4700);
  const pdf = await exporter.pdf('test-results/e2e/report-collections.pdf');
  expect(pdf.name).toBe('tahsilatlar-TRY.pdf');
  expect(pdf.text).toContain('Ödeme şekline göre (TRY)');
  expect(pdf.text).toMatch(/Havale\/EFT\s+1\s+3\.000,00\s+63,8 %/);
  expect(pdf.text).toMatch(/Toplam\s+3\s+4\.700,00\s+100 %/);

  // A start after the end is refused in place; by week from a day 30 days ago: the backend's weeks.
  await tabs.setCollectionsDay('from', '01.01.2099');
  await expect(page.getByText('Bitiş tarihi başlangıçtan önce olamaz.')).toBeVisible();
  const [y, m, d] = day(-30).split('-');
  await tabs.setCollectionsDay('from', `${d}.${m}.${y}`);
  await chooseSegment(page.getByTestId('collections-granularity'), 'week');
  const weekly = await app.call<CollectionsReport>('reports/collections', { from: day(-30), granularity: 'week' });
  const weeklyTry = weekly.currencies.find((c) => c.currency === 'TRY')!;
  await expect(page.getByTestId('collections-periods-row')).toHaveCount(weeklyTry.periods.length);
  expect(await tabs.totals('collections-periods')).toEqual([
    'Toplam',
    '',
    String(weeklyTry.total.count),
    tl(weeklyTry.total.amount),
  ]);

  // Payment behaviour: Ada's 2 invoices, 7.5 days late on average (by amount), half paid late, 500 ₺ overdue.
  await tabs.open('behaviour');
  const behaviour = await app.call<PaymentBehaviourReport>('reports/payment-behaviour', {});
  const adaRow = behaviour.rows.find((r) => r.customerId === ada.id)!;
  expect(adaRow).toMatchObject({ paidCount: 2, avgDaysLate: 7.5, shareLate: 0.5 });
  const report = new BehaviourReportPage(page);
  expect(await report.figures(ada.id)).toEqual(['2', '7,5', '%50', tl(50_000)]);
  await expect(report.rows).toHaveCount(behaviour.rows.length);
  await page.screenshot({ path: 'test-results/e2e/report-behaviour-tr.png', fullPage: true });
  const sheet = (await exporter.xlsx()).workbook.worksheets[0]!;
  const adaLine = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'Ada Tekstil A.Ş.')!;
  expect([3, 4, 5, 6, 7].map((c) => adaLine.getCell(c).value)).toEqual([2, 7.5, 0.5, 500, adaRow.segment]);
  expect(adaLine.getCell(5).numFmt).toBe('0.0%');
  const other = (['A', 'B', 'C', 'D'] as const).find((s) => s !== adaRow.segment)!;
  await report.filterSegment(new RegExp(`^${other} `));
  await expect(report.row(ada.id)).toHaveCount(0);
  await report.filterSegment(new RegExp(`^${adaRow.segment} `));
  await report.row(ada.id).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${ada.id}`));

  // Forecast: 13 weeks and "later" as the dashboard computes them, with totals; Bora's 1,200 ₺ due in 10 days.
  await shell.open(app.url, '/reports/forecast');
  const forecast = await app.call<CashForecast>('dashboard/forecast', { granularity: 'week' });
  const tryForecast = forecast.currencies.find((c) => c.currency === 'TRY')!;
  const rows = await tabs.rows('forecast-table');
  expect(rows).toHaveLength(14);
  expect(rows.map((r) => r[2])).toEqual([...tryForecast.periods.map((p) => tl(p.scheduled)), tl(tryForecast.later.scheduled)]);
  expect(rows.map((r) => r[3])).toEqual([...tryForecast.periods.map((p) => tl(p.predicted)), tl(tryForecast.later.predicted)]);
  const predicted = tryForecast.periods.reduce((a, p) => a + p.predicted, 0) + tryForecast.later.predicted;
  expect(await tabs.totals('forecast-table')).toEqual(['Toplam', '', tl(120_000), tl(predicted)]);
  await expect(page.getByTestId('forecast-overdue')).toContainText(tl(50_000));
  await page.screenshot({ path: 'test-results/e2e/report-forecast-tr.png', fullPage: true });
  const forecastCsv = await exporter.csv();
  expect(forecastCsv.lines[0]).toEqual(['Başlangıç', 'Bitiş', 'Vadeye göre', 'Beklenen']);
  expect(forecastCsv.lines.at(-1)).toEqual(['Toplam', '', '1200,00', (predicted / 100).toFixed(2).replace('.', ',')]);
  const forecastSheet = (await exporter.xlsx()).workbook.worksheets[0]!;
  expect(forecastSheet.getRow(2).getCell(1).value).toEqual(new Date(`${today}T00:00:00Z`));

  // Aging: the shown currency's rows and totals; Ada's 500 ₺ overdue less her 700 ₺ paid ahead, and Bora's 1,200 ₺.
  await tabs.open('aging');
  const agingCsv = await exporter.csv();
  expect(agingCsv.lines.at(-1)!.slice(0, 2)).toEqual(['Toplam', '']);
  expect(agingCsv.lines.at(-1)!.at(-1)).toBe('1000,00');
  expect(agingCsv.lines).toHaveLength(1 + 2 + 1);
  const agingPdf = await exporter.pdf('test-results/e2e/report-aging.pdf');
  expect(agingPdf.text).toMatch(/Bora Lojistik Ltd\.\s+1\.200,00/);
  expect(agingPdf.text).toMatch(/Toplam.*\s1\.000,00\n/);
});

test('the new reports read in English too', async ({ page, app }) => {
  await arrange(app);
  await app.call('settings/update', { language: 'en' });
  const shell = new ShellPage(page);
  const tabs = new ReportTabs(page);
  await shell.open(app.url, '/reports/collections');
  await expect(page.getByTestId('collections-total')).toContainText('₺4,700.00');
  await page.screenshot({ path: 'test-results/e2e/report-collections-en.png', fullPage: true });
  await tabs.open('behaviour');
  await expect(page.getByTestId('behaviour-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/report-behaviour-en.png', fullPage: true });
  await tabs.open('forecast');
  await expect(page.getByTestId('forecast-table')).toContainText('Total');
  await page.screenshot({ path: 'test-results/e2e/report-forecast-en.png', fullPage: true });
  const csv = await new ReportExport(page).csv();
  expect(csv.lines[0]).toEqual(['From', 'To', 'Scheduled', 'Expected']);
});
