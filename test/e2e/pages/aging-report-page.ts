import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSegment } from './segmented';

/** Reports → Aging: the day, the bounds, one currency's rows per customer and the totals row. */
export class AgingReportPage {
  readonly rows: Locator;
  readonly totalsRow: Locator;
  readonly asOf: Locator;
  readonly bounds: Locator;
  readonly currency: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('aging-row');
    this.totalsRow = page.getByTestId('aging-list-footer');
    this.asOf = page.getByTestId('aging-as-of');
    this.bounds = page.getByTestId('aging-bounds');
    this.currency = page.getByTestId('aging-currency');
    this.empty = page.getByTestId('aging-empty');
  }

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/#\/reports\/aging/);
    await expect(this.totalsRow.or(this.empty)).toBeVisible();
  }

  row(customerId: number): Locator {
    return this.page.locator(`[data-testid="aging-row"][data-customer-id="${customerId}"]`);
  }

  /** The amounts (minor units) of a row's cells in order: buckets, then overdue. */
  async amounts(row: Locator): Promise<number[]> {
    const cells = row.getByTestId('aging-cell');
    return await cells.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-amount'))));
  }

  /** Opens the invoices behind one bucket (0 = not due) of a row. */
  async openBucket(row: Locator, bucket: number): Promise<void> {
    await row.getByTestId('aging-cell').nth(bucket).click();
    await expect(this.page).toHaveURL(/#\/invoices\?/);
  }

  async chooseCurrency(currency: string): Promise<void> {
    await chooseSegment(this.currency, currency);
  }

  async setBounds(text: string): Promise<void> {
    await this.bounds.fill(text);
    await this.bounds.press('Enter');
  }

  async setAsOf(typed: string): Promise<void> {
    await this.asOf.fill(typed);
    await this.asOf.blur();
  }
}
