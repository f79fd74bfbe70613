import { expect, type Locator, type Page } from '@playwright/test';

/** Reports → Change history: the audit log's entries, each with its field changes. */
export class AuditLogPage {
  readonly entries: Locator;
  readonly recordFilter: Locator;

  constructor(readonly page: Page) {
    this.entries = page.getByTestId('audit-entry');
    this.recordFilter = page.getByTestId('audit-record-filter');
  }

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/#\/reports\/audit/);
  }

  /** Removes the "only this record" filter (Mantine's pill button is hidden from the accessibility tree). */
  async clearRecordFilter(): Promise<void> {
    await this.recordFilter.locator('button').click();
    await expect(this.recordFilter).toBeHidden();
  }

  /** One field's row of an entry: its before and after as shown. */
  change(entry: Locator, field: string): { before: Locator; after: Locator } {
    const row = entry.locator(`[data-testid="audit-change"][data-field="${field}"]`);
    return { before: row.getByTestId('audit-before'), after: row.getByTestId('audit-after') };
  }
}
