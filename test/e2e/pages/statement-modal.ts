import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { chooseSegment } from './segmented';

/** The statement / reconciliation letter dialog of a customer card. */
export class StatementModal {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.preview = page.getByTestId('statement-preview');
    this.pages = page.getByTestId('statement-pages');
  }

  async openFromCard(kind: 'statement' | 'reconciliation'): Promise<void> {
    await this.page.getByTestId(kind === 'statement' ? 'open-statement' : 'open-reconciliation').click();
    await expect(this.dialog).toBeVisible();
    await expect(this.preview.locator('iframe')).toHaveAttribute('src', /^blob:/);
  }

  /** What the preview frame shows: the PDF's blob: URL, or chrome-error:// when the page's CSP blocked it. */
  async previewFrameUrl(): Promise<string> {
    const frame = await (await this.preview.locator('iframe').elementHandle())?.contentFrame();
    return frame?.url() ?? '';
  }

  async setLanguage(language: 'tr' | 'en'): Promise<void> {
    await chooseSegment(this.page.getByTestId('document-language'), language);
  }

  async setFrom(day: string): Promise<void> {
    const input = this.page.getByTestId('document-from');
    await input.fill(day);
    await input.blur();
  }

  /** Browser mode: saving downloads the PDF. */
  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('save-statement').click();
    return download;
  }
}
