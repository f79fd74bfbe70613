import { expect, type Locator, type Page } from '@playwright/test';

/** The dashboard: KPI tiles for one currency and the aging, forecast and back-test charts. */
export class DashboardPage {
  readonly root: Locator;
  readonly tiles: Locator;
  readonly agingChart: Locator;
  readonly forecastChart: Locator;
  readonly backtestChart: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
    this.tiles = page.getByTestId('kpi-tiles');
    this.agingChart = page.getByTestId('aging-chart');
    this.forecastChart = page.getByTestId('forecast-chart');
    this.backtestChart = page.getByTestId('backtest-chart');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('app-navigation').locator('a[href="#/dashboard"]').click();
    await expect(this.tiles).toBeVisible();
  }

  /** A tile's figure by its key: receivables, overdue, dso, cei, daysLate, promises, collected. */
  value(key: string): Locator {
    return this.page.getByTestId(`kpi-${key}-value`);
  }

  change(key: string): Locator {
    return this.page.getByTestId(`kpi-${key}-change`);
  }

  async chooseCurrency(currency: string): Promise<void> {
    await this.page.getByTestId('dashboard-currency').getByText(currency, { exact: true }).click();
  }

  /** Switches a chart to its table view and returns the table's body rows. */
  async tableOf(chart: Locator): Promise<Locator> {
    await chart.getByText(/^(Tablo|Table)$/).click();
    const table = chart.getByTestId('chart-table');
    await expect(table).toBeVisible();
    return table.locator('tbody tr');
  }

  /**
   * The back-test chart's table once the day's back-test is ready: it is made on a worker thread, so the chart
   * may say "being prepared" first and fill in by itself when the backend's ready event comes.
   */
  async backtestTable(): Promise<Locator> {
    await expect(this.backtestChart.getByTestId('chart-preparing')).toHaveCount(0, { timeout: 30_000 });
    return this.tableOf(this.backtestChart);
  }

  /** Clicks the aging chart's bar of one bucket (0 = not due, then older and older). */
  async openAgingBucket(bucket: number): Promise<void> {
    await this.agingChart.locator('.recharts-bar-rectangle').nth(bucket).click();
  }
}
