import { expect, type Locator, type Page } from '@playwright/test';

/** One customer's card: header, details, contacts. */
export class CustomerCardPage {
  readonly card: Locator;
  readonly title: Locator;
  readonly code: Locator;
  readonly archivedNotice: Locator;
  readonly editButton: Locator;
  readonly contacts: Locator;
  readonly notFound: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('customer-card');
    this.title = page.getByTestId('customer-title');
    this.code = page.getByTestId('customer-code');
    this.archivedNotice = page.getByTestId('archived-notice');
    this.editButton = page.getByTestId('edit-customer');
    this.contacts = page.getByTestId('contacts-table');
    this.notFound = page.getByTestId('customer-not-found');
  }

  /** A value of the details by its data-testid (customer-taxId, customer-city, customer-creditLimit). */
  value(name: 'taxId' | 'city' | 'creditLimit'): Locator {
    return this.page.getByTestId(`customer-${name}`);
  }

  async expectShowing(title: string): Promise<void> {
    await expect(this.title).toHaveText(title);
  }

  /** The id in the address (#/customers/:id). */
  idFromUrl(): number {
    const match = /#\/customers\/(\d+)/.exec(this.page.url());
    if (!match) throw new Error(`Not on a customer card: ${this.page.url()}`);
    return Number(match[1]);
  }

  /** The block of one currency in the balance section. */
  account(currency: string): Locator {
    return this.page.locator(`[data-testid="currency-account"][data-currency="${currency}"]`);
  }

  /** A figure of that block: account-balance, account-overdue, account-not-due, account-credit. */
  accountFigure(currency: string, name: 'balance' | 'overdue' | 'not-due' | 'credit'): Locator {
    return this.account(currency).getByTestId(`account-${name}`);
  }

  /** The aging amounts of a currency, in bucket order (not due, 1–30, …, 120+). */
  agingAmounts(currency: string): Locator {
    return this.account(currency).getByTestId('aging-amount');
  }

  async edit(): Promise<void> {
    await this.editButton.click();
    await expect(this.page).toHaveURL(/#\/customers\/\d+\/edit$/);
  }

  /** Archives after confirming in the dialog. */
  async archive(): Promise<void> {
    await this.page.getByTestId('archive-customer').click();
    await this.page.getByRole('dialog').getByTestId('confirm-button').click();
    await expect(this.archivedNotice).toBeVisible();
  }

  async unarchive(): Promise<void> {
    await this.page.getByTestId('unarchive-customer').click();
    await expect(this.archivedNotice).toBeHidden();
  }
}
