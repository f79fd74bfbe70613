import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './mantine-select';
import { chooseSegment } from './segmented';

export type StatusFilter = 'active' | 'archived' | 'all';

/** The customer list: search, filters and the (virtualized) rows. */
export class CustomerListPage {
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly count: Locator;
  readonly rows: Locator;
  readonly newButton: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('customer-search');
    this.statusFilter = page.getByTestId('status-filter');
    this.count = page.getByTestId('customer-count');
    this.rows = page.getByTestId('customer-row');
    this.newButton = page.getByTestId('new-customer');
    this.emptyState = page.getByTestId('customers-empty');
    this.noMatch = page.getByTestId('customers-no-match');
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.count).toBeVisible();
  }

  /** Types into the search box; the list follows after its debounce, so wait with expect(). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async showStatus(status: StatusFilter): Promise<void> {
    await chooseSegment(this.statusFilter, status);
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ hasText: title });
  }

  async open(title: string | RegExp): Promise<void> {
    await this.row(title).first().click();
  }

  /** The risk segment (A–D) a row shows. */
  riskOf(title: string | RegExp): Locator {
    return this.row(title).getByTestId('risk-badge');
  }

  async filterRisk(label: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('risk-filter'), label);
  }

  /** A figure column of a row: balance, overdue, oldest-overdue or next-expected. */
  figure(title: string | RegExp, column: 'balance' | 'overdue' | 'oldest-overdue' | 'next-expected'): Locator {
    return this.row(title).getByTestId(`customer-${column}`);
  }

  /** Clicks a column header to sort by it (balance, overdue, oldest_overdue, next_expected, title, code). */
  async sortBy(sort: string): Promise<void> {
    await this.page.getByTestId(`sort-${sort}`).click();
  }

  async toggleOverdueOnly(): Promise<void> {
    await this.page.getByTestId('overdue-filter').click();
  }

  async filterCurrency(currency: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('currency-filter'), currency);
  }

  async filterMinBalance(text: string): Promise<void> {
    await this.page.getByTestId('min-balance-filter').fill(text);
  }

  async startNew(): Promise<void> {
    await this.newButton.click();
    await expect(this.page).toHaveURL(/#\/customers\/new$/);
  }
}
