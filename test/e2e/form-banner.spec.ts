import { expect, test } from './fixtures';
import { CustomerFormPage } from './pages/customer-form-page';
import { CustomerListPage } from './pages/customer-list-page';
import { ShellPage } from './pages/shell-page';

test('a field error shown while typing raises no "Kaydedilemedi" banner until Save is pressed', async ({ page, app }) => {
  const form = new CustomerFormPage(page);
  await new ShellPage(page).open(app.url);
  await new CustomerListPage(page).startNew();
  await form.fill({ title: 'Erken Uyarı Ltd. Şti.', taxId: '4540536921' });
  await form.field('taxId').press('Tab');
  await expect(await form.errorOf('taxId')).toHaveText('VKN geçersiz: kontrol hanesi tutmuyor.');
  await expect(page.getByTestId('form-alert')).toHaveCount(0);

  await form.save();
  await expect(page.getByTestId('form-alert')).toContainText('Kaydedilemedi');
  // Fixed, the banner goes with the error.
  await form.field('taxId').fill('4540536920');
  await form.field('taxId').press('Tab');
  await expect(page.getByTestId('form-alert')).toHaveCount(0);
});
