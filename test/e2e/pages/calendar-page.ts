import { expect, type Locator, type Page } from '@playwright/test';
import { goToRoute } from './app-navigation';

/** The collection calendar: month / week grid of days, the agenda list, and the reschedule dialog. */
export class CalendarPage {
  readonly agendaItems: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.agendaItems = page.getByTestId('agenda-item');
    this.dialog = page.getByTestId('reschedule-dialog');
  }

  /** Opens /calendar with these address parameters (view, day, filters). */
  async open(params: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(params).toString();
    await goToRoute(this.page, `/calendar${query ? `?${query}` : ''}`);
    await expect(this.page.getByTestId('calendar-view')).toBeVisible();
  }

  day(date: string): Locator {
    return this.page.locator(`[data-testid="calendar-day"][data-date="${date}"]`);
  }

  /** A day's totals, one line per currency as shown. */
  async totalsOf(date: string): Promise<string[]> {
    const lines = this.day(date).getByTestId('day-totals').locator('div');
    return (await lines.allInnerTexts()).map((line) => line.trim());
  }

  item(kind: string, id: number, within: Locator | Page = this.page): Locator {
    return within.locator(`[data-testid="calendar-item"][data-kind="${kind}"][data-id="${id}"]`);
  }

  /** The kind filter's chip (also the legend). */
  kindChip(kind: string): Locator {
    return this.page.getByTestId(`kind-${kind}`).locator('xpath=..').locator('label');
  }

  async setView(view: 'month' | 'week' | 'agenda'): Promise<void> {
    await this.page.getByTestId('calendar-view').locator(`input[value="${view}"] + label`).click();
    await expect(this.page).toHaveURL(view === 'month' ? /#\/calendar(?!.*view=)/ : new RegExp(`view=${view}`));
  }

  /** Drags an item onto another day and waits for the confirmation dialog. */
  async drag(kind: string, id: number, to: string): Promise<void> {
    await this.item(kind, id).dragTo(this.day(to));
    await expect(this.dialog).toBeVisible();
  }

  async confirmMove(note: string): Promise<void> {
    await this.dialog.getByTestId('reschedule-note').fill(note);
    await this.dialog.getByTestId('reschedule-confirm').click();
    await expect(this.dialog).toBeHidden();
  }

  agendaDay(date: string): Locator {
    return this.page.locator(`[data-testid="agenda-day"][data-date="${date}"]`);
  }

  /** Reschedules from the agenda's row action, typing the new day as a Turkish user writes it. */
  async moveFromAgenda(kind: string, id: number, to: string): Promise<void> {
    await this.page
      .locator(`[data-testid="agenda-item"][data-kind="${kind}"][data-id="${id}"]`)
      .getByTestId('agenda-move')
      .click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByTestId('reschedule-date').fill(to.split('-').reverse().join('.'));
    await this.dialog.getByTestId('reschedule-confirm').click();
    await expect(this.dialog).toBeHidden();
  }

  /** The agenda's items as "kind:id", in the order listed. */
  async agendaKeys(): Promise<string[]> {
    await expect(this.page.getByTestId('agenda')).toBeVisible();
    return this.agendaItems.evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-kind')}:${row.getAttribute('data-id')}`),
    );
  }
}
