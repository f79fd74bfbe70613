import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Yedekler: back up now, the list with checks, restore (with its confirmation) and undo. */
export class BackupsSection {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('backups-section');
    this.rows = this.root.getByTestId('backup-row');
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows.count();
    await this.root.getByTestId('backup-now').click();
    await expect(this.rows).toHaveCount(before + 1);
  }

  checkOf(row: number): Locator {
    return this.rows.nth(row).getByTestId('backup-check');
  }

  /** Opens the confirmation of a restore and returns its dialog (to read what will happen). */
  async askRestore(row: number): Promise<Locator> {
    await this.rows.nth(row).getByTestId('backup-restore').click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async confirmRestore(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /geri yükle|restore/i }).click();
    await expect(dialog).toBeHidden();
    await expect(this.root.getByTestId('undo-restore-alert')).toBeVisible();
  }

  async undoRestore(): Promise<void> {
    await this.root.getByTestId('undo-restore').click();
    await expect(this.root.getByTestId('undo-restore-alert')).toBeHidden();
  }
}
