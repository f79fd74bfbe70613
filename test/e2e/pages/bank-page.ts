import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './mantine-select';

/** Banka hareketleri (/bank): the import panel, the status tabs, the lines and one line's review. */
export class BankStatementsPage {
  readonly fileInput: Locator;
  readonly importButton: Locator;
  readonly importResult: Locator;
  readonly acceptAll: Locator;
  readonly lines: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.locator('input[type="file"]');
    this.importButton = page.getByTestId('bank-import');
    this.importResult = page.getByTestId('bank-import-result');
    this.acceptAll = page.getByTestId('bank-accept-all');
    this.lines = page.getByTestId('bank-line');
    this.review = page.getByRole('dialog');
  }

  async importFile(name: string, bytes: Buffer): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
    await this.importButton.click();
    await expect(this.importResult).toBeVisible();
  }

  async acceptConfident(): Promise<void> {
    await this.acceptAll.click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /Kabul et ve kaydet|Accept and record/ })
      .click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  line(text: string | RegExp): Locator {
    return this.lines.filter({ hasText: text });
  }

  async pickCustomer(search: string, title: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.review.getByTestId('bank-review-customer'), title, search);
  }
}
