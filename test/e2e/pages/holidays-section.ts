import type { Locator, Page } from '@playwright/test';
import { chooseOption } from './mantine-select';

/** Settings → Holidays and Settings → Payment plans (the grace days). */
export class HolidaysSection {
  readonly section: Locator;
  readonly rows: Locator;
  readonly grace: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('holidays-section');
    this.rows = this.section.getByTestId('holiday-row');
    this.grace = page.getByTestId('plan-grace');
  }

  async chooseYear(year: number): Promise<void> {
    await chooseOption(this.page, this.section.getByTestId('holiday-year'), String(year));
  }

  async add(typedDate: string, name: string): Promise<void> {
    await this.section.getByTestId('holiday-date').fill(typedDate);
    await this.section.getByTestId('holiday-name').fill(name);
    await this.section.getByTestId('add-holiday').click();
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  async saveGrace(days: number): Promise<void> {
    await this.grace.fill(String(days));
    await this.page.getByTestId('save-grace').click();
  }
}
