import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSegment } from './segmented';

export type ImportKind = 'customers' | 'invoices' | 'payments' | 'efatura';

/** The import wizard (/import): file and kind, column mapping, the check's report, the result. */
export class ImportWizardPage {
  readonly fileInput: Locator;
  readonly next: Locator;
  readonly check: Locator;
  readonly commit: Locator;
  readonly summary: Locator;
  readonly issues: Locator;
  readonly duplicates: Locator;
  readonly result: Locator;
  readonly fileInfo: Locator;
  readonly again: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.locator('input[type="file"]');
    this.next = page.getByTestId('import-next');
    this.check = page.getByTestId('import-check');
    this.commit = page.getByTestId('import-commit');
    this.summary = page.getByTestId('import-summary');
    this.issues = page.getByTestId('import-issue');
    this.duplicates = page.getByTestId('import-duplicates');
    this.result = page.getByTestId('import-result');
    this.fileInfo = page.getByTestId('import-file-info');
    this.again = page.getByTestId('import-again');
  }

  async chooseKind(kind: ImportKind): Promise<void> {
    await this.page.getByTestId(`import-kind-${kind}`).check();
  }

  async chooseFile(name: string, bytes: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: bytes });
    await this.next.click();
  }

  /** The column (header text) a field is read from, as the dropdown shows it. */
  mappedColumn(field: string): Locator {
    return this.page.getByTestId(`map-${field}`);
  }

  async runCheck(): Promise<void> {
    await this.check.click();
    await expect(this.summary).toBeVisible();
  }

  async chooseDuplicates(choice: 'skip' | 'update'): Promise<void> {
    await chooseSegment(this.duplicates, choice);
  }

  /** Row number, column and problem of each reported issue. */
  async issueRows(): Promise<string[][]> {
    return this.issues.evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')));
  }
}
