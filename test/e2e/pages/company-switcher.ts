import { expect, type Locator, type Page } from '@playwright/test';

/** The header's company menu. */
export class CompanySwitcher {
  readonly button: Locator;
  readonly current: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('company-switcher');
    this.current = page.getByTestId('current-company');
  }

  async create(name: string): Promise<void> {
    await this.button.click();
    await this.page.getByTestId('company-new').click();
    const dialog = this.page.getByTestId('company-name-modal');
    await dialog.getByTestId('company-name').fill(name);
    await dialog.getByTestId('company-name-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.current).toHaveText(name);
  }

  async rename(name: string): Promise<void> {
    await this.button.click();
    await this.page.getByTestId('company-rename').click();
    const dialog = this.page.getByTestId('company-name-modal');
    await dialog.getByTestId('company-name').fill(name);
    await dialog.getByTestId('company-name-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.current).toHaveText(name);
  }

  async switchTo(id: string, expectedName: string): Promise<void> {
    await this.button.click();
    await this.page.getByTestId(`company-${id}`).click();
    await expect(this.current).toHaveText(expectedName);
  }
}

/** Company menu → "Open a company on a server" / "Edit the server connection": the connection form. */
export class ServerConnectionDialog {
  readonly form: Locator;
  readonly check: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('server-form');
    this.check = this.form.getByTestId('server-check');
  }

  async openNew(): Promise<void> {
    await this.page.getByTestId('company-switcher').click();
    await this.page.getByTestId('company-open-server').click();
    await expect(this.form).toBeVisible();
  }

  async openEdit(): Promise<void> {
    await this.page.getByTestId('company-switcher').click();
    await this.page.getByTestId('company-edit-server').click();
    await expect(this.form).toBeVisible();
  }

  field(name: 'url' | 'host' | 'port' | 'database' | 'user' | 'password' | 'name' | 'sslrootcert'): Locator {
    return this.form.getByTestId(`server-${name}`);
  }

  /** Picks the SSL mode by its label in the select. */
  async sslmode(label: string): Promise<void> {
    await this.form.getByTestId('server-sslmode').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async test(): Promise<void> {
    await this.form.getByTestId('server-test').click();
  }

  async open(): Promise<void> {
    await this.form.getByTestId('server-form-save').click();
    await expect(this.form).toBeHidden();
  }
}
