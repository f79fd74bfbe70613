import type { Locator, Page } from '@playwright/test';

/** The outbox (#/outbox): every e-mail with its state, the server's answer and its actions. */
export class OutboxPage {
  readonly rows: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('outbox-row');
    this.message = page.getByTestId('outbox-message');
  }

  row(subject: string | RegExp): Locator {
    return this.rows.filter({ hasText: subject });
  }
}
