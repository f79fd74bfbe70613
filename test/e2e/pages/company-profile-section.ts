import { expect, type Locator, type Page } from '@playwright/test';

/** The company details form in Settings. */
export class CompanyProfileSection {
  readonly form: Locator;
  readonly logoPreview: Locator;
  readonly bankAccounts: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('company-form');
    this.logoPreview = page.getByTestId('logo-preview');
    this.bankAccounts = page.getByTestId('bank-account-row');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label);
  }

  /** The error text Mantine shows under an input. */
  errorOf(label: string): Locator {
    return this.field(label)
      .locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]')
      .locator('.mantine-InputWrapper-error');
  }

  async addBankAccount(bank: string, iban: string): Promise<void> {
    await this.form.getByTestId('add-bank-account').click();
    const row = this.bankAccounts.last();
    await row.getByLabel('Banka').fill(bank);
    await row.getByLabel('IBAN').fill(iban);
  }

  async uploadLogo(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.form.getByTestId('logo-pick').click();
    await (await chooser).setFiles(file);
    await expect(this.logoPreview).toBeVisible();
  }

  async save(): Promise<void> {
    await this.form.getByTestId('save-company').click();
  }
}
