import { expect, type Locator, type Page } from '@playwright/test';
import { DialogForm } from './dialog-form';
import { chooseSegment } from './segmented';

/** The collector's worklist (#/today). */
export class TodayPage {
  readonly rows: Locator;
  readonly callForm: DialogForm;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('today-row');
    this.callForm = new DialogForm(page, 'call-outcome-form');
  }

  row(customerTitle: string): Locator {
    return this.page.locator(`[data-testid="today-row"][data-customer="${customerTitle}"]`);
  }

  /** Logs a call on a row with its outcome ('promised' with a day typed as 31.12.2026 and an amount). */
  async logCall(customerTitle: string, outcome: string, promise?: { date: string; amount: string }): Promise<void> {
    await this.row(customerTitle).getByTestId('today-log-call').click();
    await this.callForm.expectOpen();
    await chooseSegment(this.callForm.form.getByTestId('call-outcome'), outcome);
    if (promise) {
      await this.callForm.field('promisedDate').fill(promise.date);
      await this.callForm.field('amount').fill(promise.amount);
    }
    await this.callForm.save();
  }

  async expectGone(customerTitle: string): Promise<void> {
    await expect(this.row(customerTitle)).toHaveCount(0);
  }
}
