import { type Locator, type Page } from '@playwright/test';
import { DialogForm } from './dialog-form';

/** One cheque or note: its status, history and the next steps it allows. */
export class ChequeDetailPage {
  readonly status: Locator;
  readonly historyRows: Locator;
  readonly transitionForm: DialogForm;
  readonly transitionWarning: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('cheque-status');
    this.historyRows = page.getByTestId('cheque-history').locator('tbody tr');
    this.transitionForm = new DialogForm(page, 'cheque-transition-form');
    this.transitionWarning = page.getByTestId('cheque-transition-warning');
  }

  action(to: string): Locator {
    return this.page.getByTestId(`cheque-action-${to}`);
  }

  /** Opens the dialog of a next step (date, note, supplier) and returns it. */
  async start(to: string): Promise<DialogForm> {
    await this.action(to).click();
    await this.transitionForm.expectOpen();
    return this.transitionForm;
  }
}
