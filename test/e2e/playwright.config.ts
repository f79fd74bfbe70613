import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';

/** End-to-end tests: the real renderer served by the browser-mode bridge over the real backend. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 800 },
    locale: 'tr-TR',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
