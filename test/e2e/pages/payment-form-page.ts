import { expect, type Locator, type Page } from '@playwright/test';
import { errorUnder } from './field-error';
import { chooseSegment } from './segmented';
import { chooseOption } from './mantine-select';

export type AllocationMode = 'auto' | 'manual' | 'none';

/** The payment form (and the credit-note form, which has the same allocation part). */
export class PaymentFormPage {
  readonly form: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;
  readonly allocationRows: Locator;
  readonly allocationError: Locator;
  readonly remaining: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('credit-form');
    this.saveButton = page.getByTestId('save-credit');
    this.alert = page.getByTestId('form-alert');
    this.allocationRows = page.getByTestId('manual-allocation').getByTestId('allocation-row');
    this.allocationError = page.getByTestId('allocation-error');
    this.remaining = page.getByTestId('remaining');
  }

  field(path: string): Locator {
    return this.form.locator(`[data-path="${path}"]`);
  }

  async expectOpen(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async pickCustomer(search: string, title: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.field('customerId'), title, search);
  }

  async fillAmount(text: string): Promise<void> {
    await this.field('amount').fill(text);
  }

  async chooseMode(mode: AllocationMode): Promise<void> {
    await chooseSegment(this.form.getByTestId('allocation-mode'), mode);
  }

  /** The amount box of the row of one invoice in manual allocation. */
  allocationInput(invoiceId: number): Locator {
    return this.field(`allocations.${invoiceId}`);
  }

  /** The error message under a field. */
  errorOf(path: string): Promise<Locator> {
    return errorUnder(this.field(path));
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
