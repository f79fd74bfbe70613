import { expect, type Locator, type Page } from '@playwright/test';

/** The Reports section's tabs and the short tables the new reports draw (collections, forecast). */
export class ReportTabs {
  constructor(readonly page: Page) {}

  async open(report: 'aging' | 'collections' | 'behaviour' | 'forecast' | 'audit'): Promise<void> {
    await this.page.getByTestId(`report-tab-${report}`).click();
    await expect(this.page).toHaveURL(new RegExp(`#/reports/${report}`));
  }

  /** Types a day (as the user writes it) into the collections report's start or end. */
  async setCollectionsDay(which: 'from' | 'to', typed: string): Promise<void> {
    const input = this.page.getByTestId(`collections-${which}`);
    await input.fill(typed);
    await input.blur();
  }

  /** A short table's body rows as text cells. */
  async rows(testId: string): Promise<string[][]> {
    return this.cells(this.page.getByTestId(`${testId}-row`));
  }

  async totals(testId: string): Promise<string[]> {
    return (await this.cells(this.page.getByTestId(`${testId}-total`)))[0] ?? [];
  }

  private async cells(rows: Locator): Promise<string[][]> {
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
  }
}
