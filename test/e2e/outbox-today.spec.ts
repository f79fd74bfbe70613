import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { TimelinePage } from '../../src-shared/domain/collections/types';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { OutboxMessageDetail, OutboxPage as OutboxPageData } from '../../src-shared/domain/outbox/types';
import { startSmtpTestServer } from '../support/smtp-test-server';
import { expect, test, type AppFixture } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { CustomerCardPage } from './pages/customer-card-page';
import { DialogForm } from './pages/dialog-form';
import { OutboxPage } from './pages/outbox-page';
import { ShellPage } from './pages/shell-page';
import { TodayPage } from './pages/today-page';

const today = todayLocal();
const typed = (day: string) => day.split('-').reverse().join('.');

async function customerOwing(app: AppFixture, title: string, total: number, daysOverdue: number, extra: object = {}) {
  const customer = await app.call<Customer>('customers/create', { title, ...extra });
  await app.call('invoices/create', {
    customerId: customer.id,
    issueDate: addDays(today, -daysOverdue - 30),
    dueDate: addDays(today, -daysOverdue),
    total,
  });
  return customer;
}

/** A WhatsApp task as the reminder engine writes it (straight into the company database, like the engine). */
function insertTask(app: AppFixture, customerId: number, message: string) {
  const db = new BetterSqlite3(path.join(app.dataDir, 'companies', 'default.vade.sqlite'));
  try {
    db.prepare(
      `insert into reminder_tasks (idempotency_key, customer_id, channel, level, title, message_text, due_on, status, created_at)
       values (?, ?, 'whatsapp', 1, '1. hatırlatma', ?, ?, 'open', ?)`,
    ).run(`e2e:${customerId}`, customerId, message, today, new Date().toISOString());
  } finally {
    db.close();
  }
}

test('Today lists who to chase; logging a promise takes the row off and puts the promise on the timeline', async ({
  page,
  app,
}) => {
  const broken = await customerOwing(app, 'Sözünü Tutmayan Gıda Ltd. Şti.', 2_500_000, 20, { phone: '0212 555 10 10' });
  await app.call('promises/create', {
    customerId: broken.id,
    amount: 2_500_000,
    promisedDate: addDays(today, -2),
    madeOn: addDays(today, -9),
  });
  const caller = await customerOwing(app, 'Çağlayan İnşaat A.Ş.', 12_345_600, 45, { phone: '0532 111 22 33' });
  const messaged = await customerOwing(app, 'Öztürk Kırtasiye', 350_000, 8, { phone: '0533 444 55 66' });
  insertTask(app, messaged.id, 'Sayın Öztürk Kırtasiye, 3.500,00 ₺ tutarındaki ödemeniz 8 gün gecikmiştir.');
  await app.call<Customer>('customers/create', { title: 'Borcu Olmayan Ltd.' });

  const shell = new ShellPage(page);
  await shell.open(app.url, '/today');
  const todayPage = new TodayPage(page);
  await expect(todayPage.rows).toHaveCount(3);
  await expect(todayPage.rows.first()).toHaveAttribute('data-customer', broken.title);
  await expect(todayPage.row(broken.title).getByTestId('today-reason')).toHaveAttribute('data-reason', 'broken_promise');
  await expect(todayPage.rows.nth(1)).toHaveAttribute('data-customer', caller.title);
  const whatsapp = todayPage.row(messaged.title).getByTestId('today-open-message');
  await expect(whatsapp).toHaveAttribute('href', /^https:\/\/wa\.me\/905334445566\?text=Say%C4%B1n%20%C3%96zt%C3%BCrk/);
  await todayPage.row(caller.title).getByTestId('today-score').hover();
  await expect(page.getByRole('tooltip')).toContainText('Sıra puanı');
  await page.screenshot({ path: 'test-results/e2e/today-score-tr.png' });
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/today-tr.png', fullPage: true });

  const promisedDate = addDays(today, 5);
  await todayPage.logCall(caller.title, 'promised', { date: typed(promisedDate), amount: '50.000,00' });
  await todayPage.expectGone(caller.title);
  await expect(todayPage.rows).toHaveCount(2);
  await todayPage.row(messaged.title).getByTestId('today-mark-sent').click();
  await todayPage.expectGone(messaged.title);

  const card = new CustomerCardPage(page);
  await goToRoute(page, `/customers/${caller.id}`);
  await card.expectShowing(caller.title);
  await card.openTab('timeline');
  await expect(card.timelineEntries.filter({ hasText: 'Arama: ödeme sözü alındı' })).toHaveCount(1);
  await expect(page.locator('[data-testid="timeline-entry"][data-kind="promise"]')).toHaveCount(1);
  const timeline = await app.call<TimelinePage>('customers/timeline', { id: caller.id });
  expect(timeline.items.map((e) => e.kind)).toEqual(expect.arrayContaining(['promise', 'activity']));

  await app.call('settings/update', { language: 'en' });
  await goToRoute(page, '/today');
  await expect(todayPage.rows).toHaveCount(1);
  await expect(page.getByTestId('today-list')).toContainText('Broken promise');
  await page.screenshot({ path: 'test-results/e2e/today-en.png', fullPage: true });
});

test('the outbox shows a refused e-mail with the server answer; retry sends it once', async ({ page, app }) => {
  const server = await startSmtpTestServer();
  try {
    server.behaviour = { kind: 'refuse', code: 550, message: '5.1.1 Posta kutusu bulunamadı' };
    await app.call('outbox/update-settings', {
      host: '127.0.0.1',
      port: server.port,
      security: 'none',
      fromName: 'Vade Tahsilat',
      fromAddress: 'tahsilat@vade.test',
    });
    // Statements are e-mailed signed with the company's name: it is set first.
    await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
    const customer = await customerOwing(app, 'Güneş Işık Çiçekçilik', 123_456, 10, { email: 'muhasebe@gunes.test' });

    const shell = new ShellPage(page);
    await shell.open(app.url, `/customers/${customer.id}`);
    await page.screenshot({ path: 'test-results/e2e/card-email-action-tr.png' });
    await page.getByTestId('email-statement').click();
    const form = new DialogForm(page, 'email-statement-form');
    await expect(form.field('to')).toHaveValue('muhasebe@gunes.test');
    await page.screenshot({ path: 'test-results/e2e/email-statement-tr.png' });
    await form.save();

    // The background sender tries it; "send now" asks again until the server's refusals make it fail.
    await expect
      .poll(async () => {
        await app.call('outbox/send-now', {});
        return (await app.call<OutboxPageData>('outbox/list', {})).items[0]?.status;
      })
      .toBe('failed');

    const outbox = new OutboxPage(page);
    await goToRoute(page, '/outbox');
    const row = outbox.row(/Cari hesap ekstresi/);
    await expect(row).toHaveAttribute('data-status', 'failed');
    await expect(row.getByTestId('outbox-server-response')).toContainText('550 5.1.1 Posta kutusu bulunamadı');
    // The navigation says an e-mail needs the user.
    await expect(page.getByTestId('outbox-nav-badge')).toHaveText('1');
    await page.screenshot({ path: 'test-results/e2e/outbox-failed-tr.png', fullPage: true });

    server.behaviour = { kind: 'accept' };
    await row.getByTestId('outbox-retry').click();
    await expect(row).toHaveAttribute('data-status', 'sent');
    await expect(page.getByTestId('outbox-nav-badge')).toHaveCount(0);
    expect(server.delivered()).toHaveLength(1);
    expect(server.delivered()[0]!.parsed.attachments[0]?.contentType).toBe('application/pdf');

    await row.getByTestId('outbox-open').click();
    await expect(outbox.message.getByTestId('outbox-attachment')).toContainText('.pdf');
    await expect(outbox.message.getByTestId('outbox-body')).toContainText('Sayın Güneş Işık Çiçekçilik,');
    await page.screenshot({ path: 'test-results/e2e/outbox-message-tr.png' });
    await page.keyboard.press('Escape');

    await app.call('settings/update', { language: 'en' });
    await goToRoute(page, '/settings');
    await expect(page.getByTestId('smtp-storage-note')).toContainText('OS keychain is not available in browser mode');
    await page.getByTestId('smtp-test-to').fill('ben@vade.test');
    await page.getByTestId('smtp-test-send').click();
    await expect(page.getByText(/The test e-mail was sent\. The server answered: 250/)).toBeVisible();
    expect(server.delivered().map((m) => m.recipients)).toEqual([['muhasebe@gunes.test'], ['ben@vade.test']]);
    await page.getByTestId('smtp-settings').screenshot({ path: 'test-results/e2e/smtp-settings-en.png' });
    await goToRoute(page, '/outbox');
    await expect(outbox.row(/Cari hesap ekstresi/)).toContainText('Sent');
    await page.screenshot({ path: 'test-results/e2e/outbox-en.png', fullPage: true });
    const sent = (await app.call<OutboxPageData>('outbox/list', { status: 'sent' })).items.find((m) => m.source === 'manual');
    const detail = await app.call<OutboxMessageDetail>('outbox/get', { id: sent!.id });
    expect(server.delivered()[0]!.parsed.messageId).toBe(detail.messageId);
  } finally {
    await server.close();
  }
});
