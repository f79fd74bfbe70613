import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSegment } from './segmented';

/** The plan editor: what it covers, the terms, the editable schedule with its live sum, and save. */
export class PlanEditorPage {
  readonly principal: Locator;
  readonly rows: Locator;
  readonly sumIndicator: Locator;
  readonly saveButton: Locator;
  readonly saveReason: Locator;
  readonly interestAmount: Locator;

  constructor(readonly page: Page) {
    this.principal = page.getByTestId('plan-principal');
    this.rows = page.getByTestId('schedule-row');
    this.sumIndicator = page.getByTestId('sum-indicator');
    this.saveButton = page.getByTestId('save-plan');
    this.saveReason = page.getByTestId('save-reason');
    this.interestAmount = page.getByTestId('plan-interest-amount');
  }

  async expectOpen(): Promise<void> {
    await expect(this.page.getByTestId('plan-schedule')).toBeVisible();
  }

  async setCount(count: number): Promise<void> {
    await this.page.getByTestId('plan-count').fill(String(count));
  }

  async setFrequency(kind: 'monthly' | 'weekly' | 'custom'): Promise<void> {
    await chooseSegment(this.page.getByTestId('plan-frequency'), kind);
  }

  async setDay(day: number): Promise<void> {
    await this.page.getByTestId('plan-day').fill(String(day));
  }

  async setStart(typed: string): Promise<void> {
    await this.page.getByTestId('plan-start').fill(typed);
    await this.page.getByTestId('plan-start').blur();
  }

  rowAmount(index: number): Locator {
    return this.rows.nth(index).getByTestId('row-amount');
  }

  rowDate(index: number): Locator {
    return this.rows.nth(index).getByTestId('row-date');
  }

  /** Types an amount into a row and leaves the field, as a user would. */
  async editAmount(index: number, text: string): Promise<void> {
    await this.rowAmount(index).fill(text);
    await this.rowAmount(index).blur();
  }

  async expectSumOk(ok: boolean): Promise<void> {
    await expect(this.sumIndicator).toHaveAttribute('data-ok', String(ok));
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}

/** The plan tab of a customer card: the plans with status badges and the open plan's instalments. */
export class PlanTab {
  readonly planRows: Locator;
  readonly detail: Locator;
  readonly instalmentRows: Locator;
  readonly newPlanButton: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.planRows = page.getByTestId('plan-row');
    this.detail = page.getByTestId('plan-detail');
    this.instalmentRows = page.getByTestId('instalment-row');
    this.newPlanButton = page.getByTestId('new-plan');
    this.empty = page.getByTestId('plans-empty');
  }

  /** Instalment states (paid, partly_paid, due, late) in order, whatever the language. */
  async states(): Promise<(string | null)[]> {
    return this.instalmentRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')));
  }
}
