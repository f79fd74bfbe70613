import { expect, type Locator, type Page } from '@playwright/test';

/** Reports → Payment behaviour: a virtual table of customers with a segment filter. */
export class BehaviourReportPage {
  readonly rows: Locator;
  readonly segment: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('behaviour-row');
    this.segment = page.getByTestId('behaviour-segment');
  }

  row(customerId: number): Locator {
    return this.page.locator(`[data-testid="behaviour-row"][data-customer-id="${customerId}"]`);
  }

  /** Paid count, days late, share late and overdue as shown. */
  async figures(customerId: number): Promise<string[]> {
    const row = this.row(customerId);
    await expect(row).toBeVisible();
    return Promise.all(
      ['behaviour-paid', 'behaviour-late-days', 'behaviour-share-late', 'behaviour-overdue'].map(
        async (id) => (await row.getByTestId(id).textContent())?.trim() ?? '',
      ),
    );
  }

  async filterSegment(label: RegExp): Promise<void> {
    await this.segment.click();
    await this.page.getByRole('option', { name: label }).click();
  }
}
