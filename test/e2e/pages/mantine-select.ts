import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a Mantine Select (or searchable Select) and picks the option whose text matches. */
export async function chooseOption(page: Page, input: Locator, option: string | RegExp, search?: string): Promise<void> {
  await input.click();
  if (search !== undefined) await input.fill(search);
  const choice = page.getByRole('option', { name: option });
  await expect(choice.first()).toBeVisible();
  await choice.first().click();
}
