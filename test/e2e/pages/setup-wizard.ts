import { expect, type Locator, type Page } from '@playwright/test';
import { CompanyProfileSection } from './company-profile-section';

/** The first-run setup on the dashboard (or at #/setup): company details, e-mail server, where the data comes from. */
export class SetupWizard {
  readonly root: Locator;
  readonly company: CompanyProfileSection;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('setup-wizard');
    this.company = new CompanyProfileSection(page);
  }

  /** The step on screen, by its label ("Şirket bilgileri", "E-posta", "Verileriniz"). */
  stepShown(text: string | RegExp): Promise<void> {
    return expect(this.root.locator('.mantine-Stepper-content')).toContainText(text);
  }

  async next(): Promise<void> {
    await this.root.getByTestId('setup-next').click();
  }

  async skip(): Promise<void> {
    await this.root.getByTestId('setup-skip').click();
    await expect(this.root).toBeHidden();
  }

  async finish(): Promise<void> {
    await this.root.getByTestId('setup-finish').click();
    await expect(this.root).toBeHidden();
  }
}
