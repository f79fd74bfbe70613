import { expect, type Locator, type Page } from '@playwright/test';
import { DialogForm } from './dialog-form';

/** One invoice: header, amounts, lines, the payments matched to it, and its actions. */
export class InvoiceDetailPage {
  readonly root: Locator;
  readonly number: Locator;
  readonly status: Locator;
  readonly openAmount: Locator;
  readonly paid: Locator;
  readonly total: Locator;
  readonly allocations: Locator;
  readonly disputeRows: Locator;
  readonly disputeForm: DialogForm;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('invoice-detail');
    this.number = page.getByTestId('invoice-number');
    this.status = this.root.getByTestId('invoice-status').first();
    this.openAmount = page.getByTestId('invoice-open-amount');
    this.paid = page.getByTestId('invoice-paid');
    this.total = page.getByTestId('invoice-total');
    this.allocations = page.getByTestId('invoice-allocations').getByTestId('allocation-row');
    this.disputeRows = page.getByTestId('section-disputes').getByTestId('dispute-row');
    this.disputeForm = new DialogForm(page, 'dispute-form');
  }

  async startDispute(): Promise<DialogForm> {
    await this.page.getByTestId('open-dispute').click();
    await this.disputeForm.expectOpen();
    return this.disputeForm;
  }

  async expectShowing(number: string): Promise<void> {
    await expect(this.number).toHaveText(number);
  }

  idFromUrl(): number {
    const match = /#\/invoices\/(\d+)/.exec(this.page.url());
    if (!match) throw new Error(`Not on an invoice: ${this.page.url()}`);
    return Number(match[1]);
  }

  async recordPayment(): Promise<void> {
    await this.page.getByTestId('record-payment').click();
    await expect(this.page).toHaveURL(/#\/payments\/new\?/);
  }
}
