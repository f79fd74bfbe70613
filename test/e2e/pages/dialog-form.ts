import { expect, type Locator, type Page } from '@playwright/test';
import { errorUnder } from './field-error';
import { chooseOption } from './mantine-select';

/** A small form in a dialog (log an activity, record a promise, open a dispute), by its data-testid. */
export class DialogForm {
  readonly form: Locator;
  readonly saveButton: Locator;

  constructor(
    readonly page: Page,
    testId: string,
  ) {
    this.form = page.getByTestId(testId);
    this.saveButton = page.getByTestId(`${testId}-save`);
  }

  field(path: string): Locator {
    return this.form.locator(`[data-path="${path}"]`);
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) await this.field(path).fill(value);
  }

  /** Picks an option of a select field by its label. */
  async choose(path: string, option: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.field(path), option);
  }

  /** The error message under a field. */
  errorOf(path: string): Promise<Locator> {
    return errorUnder(this.field(path));
  }

  /** Saves and waits for the dialog to close. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.form).toBeHidden();
  }

  async expectOpen(): Promise<void> {
    await expect(this.form).toBeVisible();
  }
}

/** Confirms a dialog that asks for a reason or note (write-off, reversal, dispute resolution). */
export async function confirmWithReason(page: Page, reason: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reason-input').fill(reason);
  await dialog.getByTestId('confirm-button').click();
  await expect(dialog).toBeHidden();
}

/** Accepts or rejects the dispute of a row (card or invoice page) with a note, confirming in the dialog. */
export async function resolveDispute(row: Locator, outcome: 'accept' | 'reject', note: string): Promise<void> {
  await row.getByTestId(`${outcome}-dispute`).click();
  await confirmWithReason(row.page(), note);
}
