import type { Locator } from '@playwright/test';

/** The error message under a form field: Mantine gives it the input's id plus "-error". */
export async function errorUnder(field: Locator): Promise<Locator> {
  const id = await field.getAttribute('id');
  if (!id) throw new Error(`The field ${field.toString()} has no id`);
  return field.page().locator(`[id="${id}-error"]`);
}
