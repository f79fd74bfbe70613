import { expect, type Locator, type Page } from '@playwright/test';
import { errorUnder } from './field-error';
import { chooseSegment } from './segmented';

/** Field paths of the customer form (its inputs carry them as data-path). */
export type CustomerField =
  | 'code'
  | 'title'
  | 'taxId'
  | 'taxOffice'
  | 'address'
  | 'city'
  | 'phone'
  | 'email'
  | 'paymentTermsDays'
  | 'creditLimit.amount'
  | 'notes';

export type ContactField = 'name' | 'role' | 'phone' | 'email';

/** The create and edit form of a customer card. */
export class CustomerFormPage {
  readonly form: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;
  readonly staleAlert: Locator;
  readonly contactRows: Locator;
  readonly leaveDialog: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('customer-form');
    this.saveButton = page.getByTestId('save-customer');
    this.alert = page.getByTestId('form-alert');
    this.staleAlert = page.getByTestId('stale-alert');
    this.contactRows = page.getByTestId('contact-row');
    this.leaveDialog = page.getByRole('dialog');
  }

  field(path: string): Locator {
    return this.form.locator(`[data-path="${path}"]`);
  }

  async fill(values: Partial<Record<CustomerField, string>>): Promise<void> {
    for (const [path, value] of Object.entries(values)) {
      await this.field(path).fill(value);
    }
  }

  async setKind(kind: 'company' | 'person'): Promise<void> {
    await chooseSegment(this.form.getByTestId('kind-input'), kind);
  }

  /** Adds tags through the tags input (Enter after each). */
  async addTags(...tags: string[]): Promise<void> {
    for (const tag of tags) {
      await this.field('tags').fill(tag);
      await this.field('tags').press('Enter');
    }
  }

  async addContact(values: Partial<Record<ContactField, string>>): Promise<void> {
    const index = await this.contactRows.count();
    await this.form.getByTestId('add-contact').click();
    for (const [name, value] of Object.entries(values)) {
      await this.field(`contacts.${index}.${name}`).fill(value);
    }
  }

  /** The error message under a field. */
  errorOf(path: string): Promise<Locator> {
    return errorUnder(this.field(path));
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  async expectOpen(): Promise<void> {
    await expect(this.form).toBeVisible();
  }
}
