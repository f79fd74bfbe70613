import { expect, type Locator, type Page } from '@playwright/test';
import { errorUnder } from './field-error';

/** Settings → General → the person using this PC. */
export class WorkstationSection {
  readonly card: Locator;
  readonly name: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('workstation-section');
    this.name = page.getByTestId('workstation-name');
    this.save = page.getByTestId('workstation-save');
  }

  error(): Promise<Locator> {
    return errorUnder(this.name);
  }

  async setName(name: string): Promise<void> {
    await this.name.fill(name);
    await this.save.click();
    await expect(this.page.getByText(`Bundan sonraki kayıtlar "${name.trim()}" adıyla tutulacak.`)).toBeVisible();
  }
}
