import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { addMonths, monthStart } from '../../src-shared/dates/months';
import type { CalendarItems } from '../../src-shared/domain/calendar/types';
import type { Cheque } from '../../src-shared/domain/cheques/types';
import type { PaymentPromise } from '../../src-shared/domain/collections/types';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { Invoice } from '../../src-shared/domain/invoices/types';
import { formatMoney } from '../../src-shared/money/format';
import type { Currency } from '../../src-shared/money/currency';
import { expect, test, type AppFixture } from './fixtures';
import { CalendarPage } from './pages/calendar-page';
import { InvoiceDetailPage } from './pages/invoice-detail-page';
import { ShellPage } from './pages/shell-page';

const today = todayLocal();
/** Next month: every arranged day lies ahead whatever day the test runs on. */
const base = addMonths(monthStart(today), 1);
const day = (n: number) => addDays(base, n);

async function arrange(app: AppFixture) {
  const ege = await app.call<Customer>('customers/create', { title: 'Ege Tekstil A.Ş.' });
  const marmara = await app.call<Customer>('customers/create', { title: 'Marmara Gıda Ltd.' });
  const invoice = (customerId: number, dueDate: string, total: number, currency: Currency = 'TRY') =>
    app.call<Invoice>('invoices/create', { customerId, issueDate: today, dueDate, total, currency });
  const big = await invoice(ege.id, day(2), 750_000);
  await invoice(marmara.id, day(2), 300_000);
  await invoice(marmara.id, day(2), 50_000, 'EUR');
  const promise = await app.call<PaymentPromise>('promises/create', {
    customerId: marmara.id,
    amount: 400_000,
    currency: 'EUR',
    promisedDate: day(9),
  });
  const cheque = await app.call<Cheque>('cheques/record', {
    kind: 'note',
    customerId: ege.id,
    serialNumber: 'S-2201',
    drawer: 'Ege Tekstil A.Ş.',
    issueDate: today,
    dueDate: day(11),
    amount: 125_000,
    receivedOn: today,
    allocate: 'none',
  });
  return { ege, marmara, big, promise, cheque };
}

test('shows a month with day totals from the backend, opens an item, moves a promise by dragging; the agenda lists the same', async ({
  page,
  app,
}) => {
  const { big, promise, cheque } = await arrange(app);
  await new ShellPage(page).open(app.url);
  const calendar = new CalendarPage(page);
  await calendar.open({ day: base });

  const month = await app.call<CalendarItems>('calendar/items', { from: day(-7), to: day(40) });
  const expected = month.days.find((d) => d.date === day(2))!.totals.map((t) => formatMoney(t.amount, t.currency, 'tr'));
  expect(expected).toHaveLength(2);
  await expect.poll(() => calendar.totalsOf(day(2))).toEqual(expected);
  await expect(calendar.item('cheque', cheque.id, calendar.day(day(11)))).toContainText('Ege Tekstil');

  await calendar.item('invoice', big.id).click();
  await expect(new InvoiceDetailPage(page).number).toHaveText(big.number);
  await page.goBack();

  await calendar.drag('promise', promise.id, day(16));
  await expect(calendar.dialog.getByTestId('reschedule-from')).toHaveText(day(9).split('-').reverse().join('.'));
  await expect(calendar.dialog.getByTestId('reschedule-to')).toHaveText(day(16).split('-').reverse().join('.'));
  await calendar.confirmMove('Müşteri maaş ödemesinden sonra ödeyecek');
  await expect(calendar.item('promise', promise.id, calendar.day(day(16)))).toBeVisible();
  await expect(calendar.item('promise', promise.id, calendar.day(day(9)))).toHaveCount(0);
  const [moved] = await app.call<PaymentPromise[]>('promises/list', { customerId: promise.customerId });
  expect(moved?.promisedDate).toBe(day(16));

  await calendar.setView('agenda');
  const agenda = await app.call<CalendarItems>('calendar/items', { from: base, to: addDays(addMonths(base, 1), -1) });
  expect(await calendar.agendaKeys()).toEqual(agenda.items.map((i) => `${i.kind}:${i.id}`));
  expect(agenda.items.length).toBeGreaterThanOrEqual(5);

  // Moving without dragging: from the agenda, typing the new day.
  await calendar.moveFromAgenda('promise', promise.id, day(20));
  await expect(calendar.agendaDay(day(20)).locator(`[data-kind="promise"][data-id="${promise.id}"]`)).toBeVisible();

  // Filters live in the address: a kind chip, then a customer given in the URL.
  await calendar.kindChip('promise').click();
  await expect(page).toHaveURL(/kinds=promise/);
  await expect.poll(() => calendar.agendaKeys()).toEqual([`promise:${promise.id}`]);
  await calendar.kindChip('promise').click();
  await calendar.open({ view: 'agenda', day: base, customer: String(cheque.customerId) });
  const ofEge = await app.call<CalendarItems>('calendar/items', {
    from: base,
    to: addDays(addMonths(base, 1), -1),
    customerId: cheque.customerId,
  });
  await expect.poll(() => calendar.agendaKeys()).toEqual(ofEge.items.map((i) => `${i.kind}:${i.id}`));
  expect(ofEge.items.map((i) => i.kind).sort()).toEqual(['cheque', 'invoice']);
});

/** Screens to look at: overdue and upcoming items, a crowded day, in Turkish and English. */
test('screenshots of the month, week and agenda views and the drag dialog', async ({ page, app }) => {
  const { ege, marmara, promise } = await arrange(app);
  const week = today;
  for (const [n, customer, total] of [
    [-3, ege, 220_000],
    [-3, marmara, 98_000],
    [-1, marmara, 1_480_000],
    [1, ege, 35_500],
    [1, marmara, 61_000],
    [1, ege, 12_000],
    [1, marmara, 8_900],
    [1, ege, 4_400],
  ] as const)
    await app.call('invoices/create', {
      customerId: customer.id,
      issueDate: addDays(week, n - 30),
      dueDate: addDays(week, n),
      total,
    });
  const near = await app.call<PaymentPromise>('promises/create', {
    customerId: ege.id,
    amount: 150_000,
    promisedDate: addDays(week, 4),
  });
  await new ShellPage(page).open(app.url);
  const calendar = new CalendarPage(page);
  for (const language of ['tr', 'en'] as const) {
    await app.call('settings/update', { language });
    await page.reload();
    await calendar.open({ day: week });
    await expect(calendar.day(addDays(week, 1)).getByTestId('calendar-more')).toBeVisible();
    await page.screenshot({ path: `test-results/e2e/calendar-month-${language}.png`, fullPage: true });
    await calendar.drag('promise', near.id, addDays(week, 6));
    await page.screenshot({ path: `test-results/e2e/calendar-drag-${language}.png` });
    await page.keyboard.press('Escape');
    await calendar.day(addDays(week, 1)).getByTestId('calendar-more').click();
    await page.screenshot({ path: `test-results/e2e/calendar-more-${language}.png` });
    await page.keyboard.press('Escape');
    await calendar.setView('week');
    await page.screenshot({ path: `test-results/e2e/calendar-week-${language}.png`, fullPage: true });
    await calendar.setView('agenda');
    await expect(page.getByTestId('agenda')).toBeVisible();
    await page.screenshot({ path: `test-results/e2e/calendar-agenda-${language}.png`, fullPage: true });
    await page.locator(`[data-testid="agenda-item"][data-id="${near.id}"]`).getByTestId('agenda-move').click();
    await page.screenshot({ path: `test-results/e2e/calendar-agenda-move-${language}.png` });
    await page.keyboard.press('Escape');
    await calendar.kindChip('cheque').click();
    await calendar.setView('month');
    await calendar.open({ day: addMonths(today, 5), kinds: 'instalment' });
    await expect(page.getByTestId('calendar-empty')).toBeVisible();
    await page.screenshot({ path: `test-results/e2e/calendar-empty-${language}.png` });
  }
  expect(promise.id).toBeGreaterThan(0);
});

test('a month with nothing due says so and leads on: the next month, a new invoice, or clearing the filters', async ({
  page,
  app,
}) => {
  test.slow(); // a fresh server and four screens on a busy machine
  await new ShellPage(page).open(app.url);
  const calendar = new CalendarPage(page);
  await calendar.open({ day: today });
  const empty = page.getByTestId('calendar-empty-actions');
  await expect(empty).toContainText('Bu aralıkta beklenen tahsilat yok.');
  await expect(empty.getByTestId('calendar-empty-invoice')).toHaveAttribute('href', '#/invoices/new');
  const heading = await page.getByTestId('calendar-heading').innerText();
  await empty.getByTestId('calendar-empty-next').click();
  await expect(page.getByTestId('calendar-heading')).not.toHaveText(heading);
  await page.screenshot({ path: 'test-results/e2e/calendar-empty-next-tr.png', fullPage: true });

  // Filtered to nothing: clearing the filters is offered instead, and shows what the filters hid.
  const ege = await app.call<Customer>('customers/create', { title: 'Ege Tekstil A.Ş.' });
  await app.call<Invoice>('invoices/create', { customerId: ege.id, issueDate: today, dueDate: day(3), total: 10_000 });
  await calendar.open({ day: base, kinds: 'cheque' });
  await expect(page.getByTestId('calendar-empty')).toHaveText('Bu filtrelere uyan beklenen tahsilat yok.');
  await page.getByTestId('calendar-empty-clear').click();
  await expect(page.getByTestId('calendar-empty')).toHaveCount(0);
  await expect(calendar.day(day(3)).getByTestId('calendar-item')).toHaveCount(1);

  await calendar.open({ day: addMonths(base, 2), view: 'agenda' });
  await expect(page.getByTestId('agenda-empty-actions').getByTestId('calendar-empty-next')).toHaveText('Sonraki aya bak');
});
