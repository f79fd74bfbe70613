import { expect, type Locator, type Page } from '@playwright/test';
import { goToRoute } from './app-navigation';
import { chooseOption } from './mantine-select';

/** The Reminders page: policies with their steps, templates with a live preview, runs and approvals. */
export class RemindersPage {
  readonly steps: Locator;
  readonly previewSubject: Locator;
  readonly previewBody: Locator;
  readonly templateSubject: Locator;
  readonly templateBody: Locator;
  readonly approvals: Locator;
  readonly runs: Locator;

  constructor(readonly page: Page) {
    this.steps = page.getByTestId('policy-step');
    this.previewSubject = page.getByTestId('preview-subject');
    this.previewBody = page.getByTestId('preview-body');
    this.templateSubject = page.getByTestId('template-subject');
    this.templateBody = page.getByTestId('template-body');
    this.approvals = page.getByTestId('approval');
    this.runs = page.getByTestId('reminder-runs');
  }

  async open(tab: 'policies' | 'templates' | 'runs' | 'approvals' = 'policies'): Promise<void> {
    await goToRoute(this.page, tab === 'policies' ? '/reminders' : `/reminders?tab=${tab}`);
    await expect(this.page.getByTestId('reminders-page')).toBeVisible();
    await expect(this.page.getByTestId(`reminders-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  }

  step(index: number) {
    const row = this.steps.nth(index);
    return {
      offset: row.getByTestId('step-offset'),
      template: row.getByTestId('step-template'),
      approval: row.getByTestId('step-approval'),
    };
  }

  async savePolicy(): Promise<void> {
    await this.page.getByTestId('save-policy').click();
  }

  /** By the name the list shows ("1. hatırlatma · E-posta"), as a user picks it. */
  async pickTemplate(name: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('template-pick'), new RegExp(`^${name} ·`));
  }

  async previewWith(customerTitle: string): Promise<void> {
    await chooseOption(
      this.page,
      this.page.getByTestId('preview-customer'),
      new RegExp(customerTitle),
      customerTitle.slice(0, 6),
    );
  }

  async saveTemplate(): Promise<void> {
    await this.page.getByTestId('save-template').click();
  }
}
