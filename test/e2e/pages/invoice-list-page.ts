import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './mantine-select';

/** The invoice list: search, filters, totals per currency and the (virtualized) rows. */
export class InvoiceListPage {
  readonly search: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly totals: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('invoice-search');
    this.rows = page.getByTestId('invoice-row');
    this.count = page.getByTestId('invoice-count');
    this.totals = page.getByTestId('currency-totals');
    this.emptyState = page.getByTestId('invoices-empty');
    this.noMatch = page.getByTestId('invoices-no-match');
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.count).toBeVisible();
  }

  row(number: string): Locator {
    return this.rows.filter({ hasText: number });
  }

  /** The derived status of an invoice in the list (open, partially_paid, paid, overdue, …), whatever the language. */
  status(number: string): Locator {
    return this.row(number).getByTestId('invoice-status');
  }

  async filterStatus(label: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('status-filter'), label);
  }

  totalsOf(currency: string): Locator {
    return this.page.locator(`[data-testid="currency-totals"][data-currency="${currency}"]`);
  }

  async open(number: string): Promise<void> {
    await this.row(number).click();
    await expect(this.page).toHaveURL(/#\/invoices\/\d+$/);
  }
}
