import { expect, type Locator, type Page } from '@playwright/test';

/** The header's company menu. */
export class CompanySwitcher {
  readonly button: Locator;
  readonly current: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('company-switcher');
    this.current = page.getByTestId('current-company');
  }

  async create(name: string): Promise<void> {
    await this.button.click();
    await this.page.getByTestId('company-new').click();
    const dialog = this.page.getByTestId('company-name-modal');
    await dialog.getByTestId('company-name').fill(name);
    await dialog.getByTestId('company-name-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.current).toHaveText(name);
  }

  async rename(name: string): Promise<void> {
    await this.button.click();
    await this.page.getByTestId('company-rename').click();
    const dialog = this.page.getByTestId('company-name-modal');
    await dialog.getByTestId('company-name').fill(name);
    await dialog.getByTestId('company-name-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.current).toHaveText(name);
  }

  async switchTo(id: string, expectedName: string): Promise<void> {
    await this.button.click();
    await this.page.getByTestId(`company-${id}`).click();
    await expect(this.current).toHaveText(expectedName);
  }
}
