import type { Page } from '@playwright/test';

/** Moves the single-page app to a route (#/…) without reloading it: the bridge token stays in the tab. */
export async function goToRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}
