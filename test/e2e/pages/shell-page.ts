import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every screen: header and left navigation. */
export class ShellPage {
  readonly navigation: Locator;
  readonly appName: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByTestId('app-navigation');
    this.appName = page.getByTestId('app-name');
  }

  /**
   * Opens the app at the bridge URL (token included) on a screen — the customer list unless told; an empty
   * route is where the app itself starts (the dashboard) — and waits for the shell.
   */
  async open(url: string, route = '/customers'): Promise<void> {
    await this.page.goto(route ? `${url}#${route}` : url);
    await expect(this.appName).toBeVisible();
  }

  /** The navigation links by their route, so tests can click them in any language. */
  navLink(
    path: '/dashboard' | '/customers' | '/invoices' | '/statements' | '/calendar' | '/reminders' | '/reports' | '/settings',
  ): Locator {
    return this.navigation.locator(`a[href="#${path}"]`);
  }

  async navLabels(): Promise<string[]> {
    return (await this.navigation.locator('a[href^="#/"]').allInnerTexts()).map((label) => label.trim());
  }

  async goToCustomers(): Promise<void> {
    await this.navLink('/customers').click();
    await expect(this.page).toHaveURL(/#\/customers/);
  }

  async goToSettings(): Promise<void> {
    await this.navLink('/settings').click();
    await expect(this.page).toHaveURL(/#\/settings$/);
  }
}
