import { expect, type Locator, type Page } from '@playwright/test';
import { DialogForm } from './dialog-form';

export type CardTab = 'overview' | 'invoices' | 'payments' | 'timeline' | 'collections' | 'plans';

/** One customer's card: header, tabs (overview, invoices, payments, timeline, promises & disputes). */
export class CustomerCardPage {
  readonly card: Locator;
  readonly title: Locator;
  readonly code: Locator;
  readonly archivedNotice: Locator;
  readonly editButton: Locator;
  readonly contacts: Locator;
  readonly notFound: Locator;
  readonly riskBadge: Locator;
  readonly riskExplanation: Locator;
  readonly openDisputesBadge: Locator;
  readonly timelineEntries: Locator;
  readonly promiseRows: Locator;
  readonly disputeRows: Locator;
  readonly paymentRows: Locator;
  readonly invoiceRows: Locator;
  readonly activityForm: DialogForm;
  readonly promiseForm: DialogForm;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('customer-card');
    this.title = page.getByTestId('customer-title');
    this.code = page.getByTestId('customer-code');
    this.archivedNotice = page.getByTestId('archived-notice');
    this.editButton = page.getByTestId('edit-customer');
    this.contacts = page.getByTestId('contacts-table');
    this.notFound = page.getByTestId('customer-not-found');
    this.riskBadge = page.getByTestId('risk-badge');
    this.riskExplanation = page.getByTestId('risk-explanation');
    this.openDisputesBadge = page.getByTestId('open-disputes-badge');
    this.timelineEntries = page.getByTestId('timeline-entry');
    this.promiseRows = page.getByTestId('promise-row');
    this.disputeRows = page.getByTestId('dispute-row');
    this.paymentRows = page.getByTestId('customer-payment-row');
    this.invoiceRows = page.getByTestId('customer-invoice-row');
    this.activityForm = new DialogForm(page, 'activity-form');
    this.promiseForm = new DialogForm(page, 'promise-form');
  }

  async openTab(tab: CardTab): Promise<void> {
    await this.page.getByTestId(`card-tab-${tab}`).click();
    await expect(this.page.getByTestId(`card-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  }

  /** The headline of the n-th timeline entry (newest first). */
  timelineHeadline(index: number): Locator {
    return this.timelineEntries.nth(index).getByTestId('timeline-headline');
  }

  async startActivity(): Promise<DialogForm> {
    await this.page.getByTestId('log-activity').click();
    await this.activityForm.expectOpen();
    return this.activityForm;
  }

  async startPromise(): Promise<DialogForm> {
    await this.page.getByTestId('new-promise').click();
    await this.promiseForm.expectOpen();
    return this.promiseForm;
  }

  /** Opens the risk badge's explanation. */
  async explainRisk(): Promise<void> {
    await this.riskBadge.click();
    await expect(this.riskExplanation).toBeVisible();
  }

  /** Cancels a promise after confirming. */
  async cancelPromise(row: Locator): Promise<void> {
    await row.getByTestId('cancel-promise').click();
    await this.page.getByRole('dialog').getByTestId('confirm-button').click();
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
