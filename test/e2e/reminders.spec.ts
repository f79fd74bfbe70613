import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { closedDaysOf, isBusinessDay } from '../../src-shared/dates/business-days';
import type { Customer } from '../../src-shared/domain/customers/types';
import type { ReminderPolicy, ReminderTemplate } from '../../src-shared/domain/reminders/types';
import { expect, test } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { CustomerCardPage } from './pages/customer-card-page';
import { RemindersPage } from './pages/reminders-page';
import { ShellPage } from './pages/shell-page';

const today = todayLocal();

test('edits a policy step and a template, and the preview follows with a real customer', async ({ page, app }) => {
  test.slow(); // a policy, a template and a live preview: near a minute when both workers are busy
  await app.call('company-profile/update', {
    title: 'Deniz Gıda Ticaret A.Ş.',
    taxId: '4540536920',
    bankAccounts: [{ bank: 'Ziraat Bankası', iban: 'TR33 0006 1005 1978 6457 8413 26', currency: 'TRY' }],
  });
  const customer = await app.call<Customer>('customers/create', {
    title: 'Anadolu Yapı Ltd. Şti.',
    email: 'muhasebe@anadolu.com.tr',
  });
  await app.call('invoices/create', {
    customerId: customer.id,
    number: 'FTR-501',
    issueDate: addDays(today, -40),
    dueDate: addDays(today, -5),
    total: 1_234_500,
  });

  await new ShellPage(page).open(app.url);
  const reminders = new RemindersPage(page);
  await reminders.open();
  await expect(reminders.steps).toHaveCount(8);
  await expect(reminders.step(2).offset).toHaveValue('3');

  // The +3 step becomes +5 and waits for approval; a step on a wrong day is refused in Turkish.
  await reminders.step(2).offset.fill('5');
  await reminders.step(2).approval.check();
  await reminders.step(3).offset.fill('500');
  await reminders.savePolicy();
  await expect(page.getByText('Gün, −365 ile 365 arasında bir tam sayı olmalı.')).toBeVisible();
  await reminders.step(3).offset.fill('15');
  await reminders.savePolicy();
  await expect(page.getByText('Politika kaydedildi.')).toBeVisible();
  const [policy] = await app.call<ReminderPolicy[]>('reminders/policies');
  expect(policy!.steps.find((s) => s.templateCode === 'first_reminder')).toMatchObject({ offsetDays: 5, needsApproval: true });
  await page.screenshot({ path: 'test-results/e2e/reminders-policy-tr.png', fullPage: true });

  await reminders.open('templates');
  await reminders.pickTemplate('1\\. hatırlatma');
  await expect(page.getByTestId('template-preview-empty')).toBeVisible();
  await reminders.previewWith(customer.title);
  await expect(reminders.previewSubject).toHaveText('1. hatırlatma: vadesi geçmiş ödeme — Anadolu Yapı Ltd. Şti.');
  await expect(reminders.previewBody).toContainText('FTR-501 · vade');
  await expect(reminders.previewBody).toContainText('12.345,00 ₺ · 5 gün gecikmiş');

  // Typing changes the preview before anything is saved; an unknown placeholder is refused.
  await reminders.templateSubject.fill('Ödeme hatırlatması {{customer_code}} — {{totals}}');
  await expect(reminders.previewSubject).toHaveText(`Ödeme hatırlatması ${customer.code} — 12.345,00 ₺`);
  await reminders.templateBody.fill('Sayın {{contact_name}}, {{days_overdue}} gün gecikti. {{musteri}}');
  await reminders.saveTemplate();
  await expect(page.getByText('Bilinmeyen yer tutucu. Kullanılabilenler listede.')).toBeVisible();
  await reminders.templateBody.fill('Sayın {{contact_name}}, {{days_overdue}} gün gecikti.\n{{items}}');
  await expect(reminders.previewBody).toContainText('Sayın Anadolu Yapı Ltd. Şti., 5 gün gecikti.');
  await reminders.saveTemplate();
  await expect(page.getByText('Şablon kaydedildi.')).toBeVisible();
  const templates = await app.call<ReminderTemplate[]>('reminders/templates');
  expect(templates.find((tpl) => tpl.code === 'first_reminder' && tpl.language === 'tr')!.subject).toBe(
    'Ödeme hatırlatması {{customer_code}} — {{totals}}',
  );
  await page.screenshot({ path: 'test-results/e2e/reminders-template-tr.png', fullPage: true });

  // Run now: the +5 step waits for approval; approving it queues it.
  await reminders.open('runs');
  await page.getByTestId('run-now').click();
  // On a weekend or holiday the app asks first (the scheduler would skip the day).
  const holidays = await app.call<{ date: string; kind: string }[]>('holidays/list', { year: Number(today.slice(0, 4)) });
  if (!isBusinessDay(today, closedDaysOf(holidays))) {
    await expect(page.getByTestId('confirm-modal')).toContainText('Bugün iş günü değil');
    await page.getByTestId('confirm-button').click();
  }
  await expect(reminders.runs).toContainText('Elle');
  await reminders.open('approvals');
  await expect(reminders.approvals).toHaveCount(1);
  await expect(reminders.approvals).toContainText(`Ödeme hatırlatması ${customer.code} — 12.345,00 ₺`);
  await page.screenshot({ path: 'test-results/e2e/reminders-approvals-tr.png', fullPage: true });
  await reminders.approvals.getByTestId('approve').click();
  await expect(page.getByTestId('approvals-empty')).toBeVisible();

  // The card shows the dunning level and the interest accrued.
  const card = new CustomerCardPage(page);
  await goToRoute(page, `/customers/${customer.id}`);
  await card.expectShowing(customer.title);
  await expect(page.getByTestId('dunning-badge')).toHaveText('1. hatırlatma');
  await expect(page.getByTestId('customer-interest')).toHaveText(/₺$/);
  await page.getByTestId('customer-reminders').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/reminders-card-tr.png', fullPage: true });

  await goToRoute(page, '/settings');
  await page.getByTestId('interest-rates').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('interest-rate-table')).toContainText('%39,75');
  await page.screenshot({ path: 'test-results/e2e/reminders-settings-tr.png', fullPage: true });

  await app.call('settings/update', { language: 'en' });
  await page.reload();
  await reminders.open('templates');
  await reminders.pickTemplate('First reminder');
  await reminders.previewWith(customer.title);
  await expect(reminders.previewSubject).toHaveText('First reminder: overdue payment — Anadolu Yapı Ltd. Şti.');
  await page.screenshot({ path: 'test-results/e2e/reminders-template-en.png', fullPage: true });
  await reminders.open();
  await page.screenshot({ path: 'test-results/e2e/reminders-policy-en.png', fullPage: true });
});

test('no runs yet: the list says when reminders run and offers a run now or the policies', async ({ page, app }) => {
  test.slow(); // a fresh server on a busy machine
  // Runs are refused until the company is named.
  await app.call('company-profile/update', { title: 'Deniz Gıda Ticaret A.Ş.', taxId: '4540536920' });
  await new ShellPage(page).open(app.url);
  const reminders = new RemindersPage(page);
  await reminders.open('runs');
  const empty = page.getByTestId('reminder-runs-empty-actions');
  await expect(empty).toContainText('Henüz çalışma yok.');
  await page.screenshot({ path: 'test-results/e2e/reminders-runs-empty-tr.png', fullPage: true });
  await empty.getByTestId('runs-empty-run-now').click();
  const holidays = await app.call<{ date: string; kind: string }[]>('holidays/list', { year: Number(today.slice(0, 4)) });
  if (!isBusinessDay(today, closedDaysOf(holidays))) await page.getByTestId('confirm-button').click();
  await expect(reminders.runs).toContainText('Elle');
  await expect(page.getByTestId('reminder-runs-empty')).toHaveCount(0);
});
