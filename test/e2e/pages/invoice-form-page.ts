import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './mantine-select';

export interface LineValues {
  description?: string;
  quantity?: string;
  unitPrice?: string;
  /** The label of the KDV option, e.g. "%10". */
  vatRate?: string;
  discountPercent?: string;
}

/** The new-invoice and edit-invoice form. */
export class InvoiceFormPage {
  readonly form: Locator;
  readonly lines: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;
  readonly creditLimitWarning: Locator;
  readonly net: Locator;
  readonly vat: Locator;
  readonly grandTotal: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('invoice-form');
    this.lines = page.getByTestId('invoice-line');
    this.saveButton = page.getByTestId('save-invoice');
    this.alert = page.getByTestId('form-alert');
    this.creditLimitWarning = page.getByTestId('credit-limit-warning');
    this.net = page.getByTestId('invoice-net');
    this.vat = page.getByTestId('invoice-vat');
    this.grandTotal = page.getByTestId('invoice-grand-total');
  }

  field(path: string): Locator {
    return this.form.locator(`[data-path="${path}"]`);
  }

  async expectOpen(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  /** Searches the customer picker on the backend and picks the customer with this title. */
  async pickCustomer(search: string, title: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.field('customerId'), title, search);
  }

  async addLine(): Promise<void> {
    await this.form.getByTestId('add-line').click();
  }

  async fillLine(index: number, values: LineValues): Promise<void> {
    const { vatRate, ...texts } = values;
    for (const [name, value] of Object.entries(texts)) await this.field(`lines.${index}.${name}`).fill(value);
    if (vatRate) await chooseOption(this.page, this.field(`lines.${index}.vatRate`), vatRate);
  }

  lineTotal(index: number): Locator {
    return this.lines.nth(index).getByTestId('line-total');
  }

  lineNet(index: number): Locator {
    return this.lines.nth(index).getByTestId('line-net');
  }

  lineVat(index: number): Locator {
    return this.lines.nth(index).getByTestId('line-vat');
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
