import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSegment, selectedSegment } from './segmented';

export class SettingsPage {
  readonly languageSwitch: Locator;
  readonly about: Locator;

  constructor(readonly page: Page) {
    this.languageSwitch = page.getByTestId('language-switch');
    this.about = page.getByTestId('about');
  }

  async setLanguage(language: 'tr' | 'en'): Promise<void> {
    await chooseSegment(this.languageSwitch, language);
    await expect.poll(() => selectedSegment(this.languageSwitch)).toBe(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  runMode(): Locator {
    return this.page.getByTestId('run-mode');
  }
}
