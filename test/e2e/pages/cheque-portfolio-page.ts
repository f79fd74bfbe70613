import { expect, type Locator, type Page } from '@playwright/test';
import { goToRoute } from './app-navigation';
import { DialogForm } from './dialog-form';

/** The cheque / note portfolio: totals on top, protest warnings, the list by due date. */
export class ChequePortfolioPage {
  readonly rows: Locator;
  readonly empty: Locator;
  readonly held: Locator;
  readonly protestWarnings: Locator;
  readonly form: DialogForm;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('cheque-row');
    this.empty = page.getByTestId('cheque-list-empty');
    this.held = page.getByTestId('cheques-held');
    this.protestWarnings = page.getByTestId('protest-warnings');
    this.form = new DialogForm(page, 'cheque-form');
  }

  async open(): Promise<void> {
    await goToRoute(this.page, '/cheques');
    await expect(this.page.getByTestId('new-cheque')).toBeVisible();
  }

  async startNew(): Promise<DialogForm> {
    await this.page.getByTestId('new-cheque').click();
    await this.form.expectOpen();
    return this.form;
  }

  async openRow(serial: string): Promise<void> {
    await this.rows.filter({ hasText: serial }).click();
    await expect(this.page.getByTestId('cheque-detail')).toBeVisible();
  }
}
