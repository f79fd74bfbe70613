import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { PlanPage } from '../../src-shared/domain/plans/types';
import { formatMoney } from '../../src-shared/money/format';
import { expect, test, type AppFixture } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { CustomerCardPage } from './pages/customer-card-page';
import { PaymentFormPage } from './pages/payment-form-page';
import { PlanEditorPage, PlanTab } from './pages/plan-editor-page';
import { HolidaysSection } from './pages/holidays-section';
import { ShellPage } from './pages/shell-page';

const tl = (minor: number) => formatMoney(minor, 'TRY', 'tr');
const today = todayLocal();
const SHOTS = process.env.VADE_SHOTS;

/** A customer owing 1.000,00 and 2.000,00 ₺, both overdue, plus one not yet due. */
async function customerOverdue(app: AppFixture): Promise<Customer> {
  const customer = await app.call<Customer>('customers/create', { title: 'Marmara Yapı Malzemeleri A.Ş.' });
  for (const [total, dueIn] of [
    [100_000, -40],
    [200_000, -10],
    [50_000, 20],
  ] as const) {
    await app.call('invoices/create', {
      customerId: customer.id,
      issueDate: addDays(today, -60),
      dueDate: addDays(today, dueIn),
      total,
    });
  }
  return customer;
}

test('puts the overdue balance on a plan: the rows must add up before saving; a payment pays the first instalment', async ({
  page,
  app,
}) => {
  const customer = await customerOverdue(app);
  const card = new CustomerCardPage(page);
  const tab = new PlanTab(page);
  const editor = new PlanEditorPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/customers/${customer.id}?tab=plans`);
  await card.expectShowing(customer.title);
  await expect(tab.empty).toBeVisible();

  await tab.newPlanButton.click();
  await editor.expectOpen();
  // The whole overdue balance: 3.000,00 (the invoice not yet due stays out).
  await expect(editor.principal).toHaveText(tl(300_000));
  await editor.setCount(3);
  await editor.setDay(31);
  await expect(editor.rows).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) await expect(editor.rowAmount(i)).toHaveValue('1.000,00');
  await editor.expectSumOk(true);
  await expect(editor.saveButton).toBeEnabled();

  // One row off by 100,00: the indicator says so and save is disabled with the reason.
  await editor.editAmount(1, '900');
  await editor.expectSumOk(false);
  await expect(editor.sumIndicator).toContainText('100,00 ₺ eksik');
  await expect(editor.saveButton).toBeDisabled();
  await expect(editor.saveReason).toContainText('100,00 ₺ eksik');
  const firstDate = await editor.rowDate(0).inputValue();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-editor-off-tr.png`, fullPage: true });

  await editor.editAmount(1, '1.000,00');
  await editor.expectSumOk(true);
  await expect(editor.saveReason).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-editor-tr.png`, fullPage: true });
  await editor.save();

  // Back on the card's plan tab, the new plan open.
  await expect(page).toHaveURL(/tab=plans&plan=\d+/);
  await expect(tab.planRows).toHaveCount(1);
  await expect(tab.planRows.first()).toHaveAttribute('data-status', 'active');
  await expect(tab.instalmentRows).toHaveCount(3);
  expect(await tab.states()).toEqual(['due', 'due', 'due']);
  await expect(tab.instalmentRows.first()).toContainText(firstDate);
  const plans = await app.call<PlanPage>('plans/list', { customerId: customer.id });
  expect(plans.items.map((p) => [p.status, p.total, p.instalmentCount])).toEqual([['active', 300_000, 3]]);

  // A payment of 1.000,00 recorded on the payment form fills the first instalment.
  const form = new PaymentFormPage(page);
  await goToRoute(page, `/payments/new?customer=${customer.id}`);
  await form.expectOpen();
  await form.fillAmount('1.000,00');
  await form.save();
  await expect(page.getByTestId('payment-detail')).toBeVisible();
  await goToRoute(page, `/customers/${customer.id}?tab=plans`);
  await expect(tab.instalmentRows).toHaveCount(3);
  await expect.poll(() => tab.states()).toEqual(['paid', 'due', 'due']);
  await expect(tab.detail.getByTestId('plan-paid')).toHaveText(tl(100_000));
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-tab-tr.png`, fullPage: true });

  // The plan is on the timeline.
  await card.openTab('timeline');
  const planEntry = page.locator('[data-testid="timeline-entry"][data-kind="plan"]');
  await expect(planEntry).toHaveCount(1);
  await expect(planEntry.getByTestId('timeline-headline')).toHaveText(`Ödeme planı #${plans.items[0]!.id} oluşturuldu`);
  await planEntry.getByTestId('timeline-headline').click();
  await expect(page).toHaveURL(new RegExp(`tab=plans&plan=${plans.items[0]!.id}`));
  await expect(tab.instalmentRows).toHaveCount(3);

  if (SHOTS) {
    await app.call('settings/update', { language: 'en' });
    await goToRoute(page, `/customers/${customer.id}?tab=plans`);
    await expect(tab.instalmentRows).toHaveCount(3);
    await expect(page.getByTestId('card-tab-plans')).toHaveText('Payment plans');
    await page.screenshot({ path: `${SHOTS}/plan-tab-en.png`, fullPage: true });
    const other = await customerOverdue(app);
    await goToRoute(page, `/customers/${other.id}/plans/new?scope=overdue`);
    await editor.expectOpen();
    await editor.setCount(2);
    await page.getByTestId('plan-interest').fill('24');
    await editor.editAmount(0, '1');
    await page.screenshot({ path: `${SHOTS}/plan-editor-en.png`, fullPage: true });
  }
});

test('the invoice page opens the editor for that invoice alone', async ({ page, app }) => {
  const customer = await customerOverdue(app);
  const invoices = await app.call<{ items: { id: number; number: string; total: number }[] }>('invoices/list', {
    customerId: customer.id,
    sort: 'due_asc',
  });
  const second = invoices.items.find((i) => i.total === 200_000)!;
  const editor = new PlanEditorPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/invoices/${second.id}`);
  await page.getByTestId('plan-invoice').click();
  await editor.expectOpen();
  await expect(editor.principal).toHaveText(tl(200_000));
  await editor.setCount(4);
  await expect(editor.rows).toHaveCount(4);
  await editor.expectSumOk(true);
  await editor.save();
  await expect(page).toHaveURL(/tab=plans&plan=\d+/);
  await expect(new PlanTab(page).instalmentRows).toHaveCount(4);
});

test('settings list the seeded holidays by year; a company closure is added and removed; the grace is kept', async ({
  page,
  app,
}) => {
  const holidays = new HolidaysSection(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, '/settings');
  await holidays.chooseYear(2027);
  await expect(holidays.row('Kurban Bayramı 1. gün')).toContainText('16.05.2027');
  await holidays.add('31.12.2027', 'Yıl sonu sayımı');
  await expect(holidays.row('Yıl sonu sayımı')).toContainText('Şirket tatili');
  // The same day twice is refused on the date field.
  await holidays.add('31.12.2027', 'Yine');
  await expect(holidays.section.getByText('Bu gün zaten listede.')).toBeVisible();
  await holidays.saveGrace(10);
  await expect.poll(async () => (await app.call<{ graceDays: number }>('plans/settings')).graceDays).toBe(10);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-holidays-tr.png`, fullPage: true });
  await holidays.row('Yıl sonu sayımı').getByRole('button').click();
  await expect(holidays.row('Yıl sonu sayımı')).toHaveCount(0);
  const list = await app.call<{ date: string }[]>('holidays/list', { year: 2027 });
  expect(list.some((h) => h.date === '2027-12-31')).toBe(false);
});

test('a plan late past the grace period shows broken on the card; the rest is re-planned', async ({ page, app }) => {
  const customer = await customerOverdue(app);
  // Made earlier: its first instalment was due 10 days ago and nothing came (grace 7 days).
  const plan = await app.call<{ id: number }>('plans/create', {
    customerId: customer.id,
    scope: 'overdue',
    frequency: { kind: 'custom', dates: [addDays(today, -10), addDays(today, 20)] },
    startDate: addDays(today, -10),
    rows: [
      { dueDate: addDays(today, -10), amount: 150_000 },
      { dueDate: addDays(today, 20), amount: 150_000 },
    ],
  });
  await app.call('payments/record', { customerId: customer.id, date: today, amount: 50_000, method: 'cash', allocate: 'auto' });
  const tab = new PlanTab(page);
  const editor = new PlanEditorPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/customers/${customer.id}?tab=plans`);
  await expect(tab.planRows.first()).toHaveAttribute('data-status', 'broken');
  await expect(tab.detail.getByTestId('plan-status-date')).toContainText(addDays(today, -2).split('-').reverse().join('.'));
  expect(await tab.states()).toEqual(['late', 'due']);

  await tab.detail.getByTestId('replan').click();
  await editor.expectOpen();
  await expect(editor.principal).toHaveText(tl(250_000));
  await editor.setCount(5);
  await expect(editor.rows).toHaveCount(5);
  await editor.expectSumOk(true);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-replan-tr.png`, fullPage: true });
  await editor.save();
  await expect(page).toHaveURL(/tab=plans&plan=\d+/);
  await expect(tab.planRows).toHaveCount(2);
  expect(await tab.planRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual([
    'active',
    'replanned',
  ]);
  await expect(tab.detail).toContainText(`#${plan.id}`);
  expect(await tab.states()).toEqual(['due', 'due', 'due', 'due', 'due']);
});

test('the editor puts the difference on the last row when the rows do not add up', async ({ page, app }) => {
  const customer = await customerOverdue(app);
  const editor = new PlanEditorPage(page);
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/customers/${customer.id}/plans/new?scope=overdue`);
  await editor.expectOpen();
  await editor.setCount(3);
  await expect(editor.rows).toHaveCount(3);
  await editor.editAmount(0, '900');
  await editor.expectSumOk(false);
  await page.getByTestId('fix-last-row').click();
  await expect(editor.rowAmount(2)).toHaveValue('1.100,00');
  await expect(editor.rowAmount(0)).toHaveValue('900,00');
  await editor.expectSumOk(true);
  await expect(page.getByTestId('fix-last-row')).toHaveCount(0);

  // Over by more than the last row holds: the button cannot help and says why.
  await editor.editAmount(0, '5.000');
  await expect(page.getByTestId('fix-last-row')).toBeDisabled();
});

test('a plan and a payment print as PDFs from their pages', async ({ page, app }) => {
  // Documents are signed with the company's name: none is printed before it has one.
  await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
  const customer = await customerOverdue(app);
  const tab = new PlanTab(page);
  const plan = await app.call<{ id: number }>('plans/create', {
    customerId: customer.id,
    scope: 'overdue',
    frequency: { kind: 'monthly', day: 1 },
    startDate: addDays(today, 30),
    rows: [30, 60, 90].map((days) => ({ dueDate: addDays(today, days), amount: 100_000 })),
  });
  await new ShellPage(page).open(app.url);
  await goToRoute(page, `/customers/${customer.id}?tab=plans&plan=${plan.id}`);
  await expect(tab.instalmentRows).toHaveCount(3);
  await page.getByTestId('plan-pdf').click();
  const planModal = page.getByTestId('planSchedule-modal');
  await expect(planModal.getByTestId('statement-pages')).toHaveText('1 sayfa');
  await expect(planModal.locator('iframe')).toHaveAttribute('src', /^blob:/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-pdf-tr.png` });
  await page.keyboard.press('Escape');

  const payment = await app.call<{ id: number }>('payments/record', {
    customerId: customer.id,
    date: today,
    amount: 90_000,
    method: 'cash',
  });
  await goToRoute(page, `/payments/${payment.id}`);
  await page.getByTestId('payment-receipt').click();
  const receiptModal = page.getByTestId('receipt-modal');
  await expect(receiptModal.getByTestId('statement-pages')).toHaveText('1 sayfa');
  await expect(receiptModal.locator('iframe')).toHaveAttribute('src', /^blob:/);
});
