import { expect, type Locator, type Page } from '@playwright/test';

/** A payment or credit note: its amounts, matches, unallocated credit and reversal. */
export class PaymentDetailPage {
  readonly root: Locator;
  readonly reversedBadge: Locator;
  readonly reversedNotice: Locator;
  readonly allocations: Locator;
  readonly unallocated: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('payment-detail');
    this.reversedBadge = page.getByTestId('reversed-badge');
    this.reversedNotice = page.getByTestId('reversed-notice');
    this.allocations = page.getByTestId('payment-allocations').getByTestId('allocation-row');
    this.unallocated = page.getByTestId('payment-unallocated');
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  idFromUrl(): number {
    const match = /#\/payments\/(\d+)/.exec(this.page.url());
    if (!match) throw new Error(`Not on a payment: ${this.page.url()}`);
    return Number(match[1]);
  }

  /** Reverses after giving a reason in the dialog. */
  async reverse(reason: string): Promise<void> {
    await this.page.getByTestId('reverse-payment').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('reason-input').fill(reason);
    await dialog.getByTestId('confirm-button').click();
    await expect(this.reversedBadge).toBeVisible();
  }
}
