import type { Locator } from '@playwright/test';

/** Picks an option of a Mantine SegmentedControl by its value (independent of the UI language). */
export async function chooseSegment(control: Locator, value: string): Promise<void> {
  await control.locator(`label[for$="-${value}"]`).click();
}

/** The value of the SegmentedControl option that is selected now. */
export async function selectedSegment(control: Locator): Promise<string | null> {
  return control.locator('input[type="radio"]:checked').getAttribute('value');
}
