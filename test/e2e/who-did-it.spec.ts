import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Customer } from '../../src-shared/domain/customers/types';
import { expect, test } from './fixtures';
import { goToRoute } from './pages/app-navigation';
import { AuditLogPage } from './pages/audit-log-page';
import { CustomerCardPage } from './pages/customer-card-page';
import { ShellPage } from './pages/shell-page';
import { WorkstationSection } from './pages/workstation-section';

const SHOTS = process.env.VADE_SCREENSHOTS; // a folder to look at the screens in, when set

test('the person set for this PC in Settings is named on the timeline and in the change history', async ({ page, app }) => {
  test.slow(); // three screens and a dialog; the machine running the suite is often busy
  const today = todayLocal();
  const customer = await app.call<Customer>('customers/create', { title: 'Anadolu Tekstil A.Ş.' });
  await app.call('invoices/create', { customerId: customer.id, issueDate: addDays(today, -40), total: 1_000_000 });

  await new ShellPage(page).open(app.url);
  await goToRoute(page, '/settings');
  const person = new WorkstationSection(page);
  await expect(person.card).toBeVisible();
  await expect(person.save).toBeDisabled();
  await person.name.fill('x'.repeat(81));
  await person.save.click();
  await expect(await person.error()).toHaveText('En fazla 80 karakter olabilir.');
  await person.setName('  Ayşe Yılmaz ');
  await expect(person.name).toHaveValue('Ayşe Yılmaz');
  await expect(page.getByTestId('workstation-clear')).toBeVisible();
  if (SHOTS) await person.card.screenshot({ path: `${SHOTS}/settings-person.png` });

  const card = new CustomerCardPage(page);
  await goToRoute(page, `/customers/${customer.id}`);
  await card.expectShowing(customer.title);
  await card.openTab('timeline');
  const form = await card.startActivity();
  await form.fill({ summary: 'Muhasebe arandı' });
  await form.choose('outcome', 'Ulaşıldı');
  await form.save();
  await expect(card.timelineEntries).toHaveCount(2);
  const call = card.timelineEntries.first();
  await expect(call.getByTestId('timeline-actor')).toHaveText('Ayşe Yılmaz');
  await expect(call.getByTestId('timeline-actor')).toHaveAttribute('title', 'Kaydeden: Ayşe Yılmaz');
  // The invoice was entered before a name was set: it names nobody.
  await expect(card.timelineEntries.nth(1).getByTestId('timeline-actor')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/timeline-person.png` });

  const audit = new AuditLogPage(page);
  await goToRoute(page, '/reports/audit');
  await audit.expectOpen();
  await expect(audit.entries.first()).toHaveAttribute('data-action', 'activities/log');
  await expect(audit.entries.first().getByTestId('audit-who')).toHaveText('Ayşe Yılmaz');
  await expect(audit.entries.last().getByTestId('audit-who')).toHaveText('—');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/audit-person.png` });
});
