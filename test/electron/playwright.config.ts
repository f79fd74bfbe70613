import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { electronRuntime } from '../../scripts/electron-runtime.mjs';

// The list reporter does not print skip reasons: say it once, from the runner (not from each worker).
const missing = electronRuntime(path.resolve(import.meta.dirname, '../..')).reason;
if (missing && process.env.TEST_WORKER_INDEX === undefined) console.log(`Electron smoke test skipped: ${missing}`);

/**
 * The Electron smoke test: the packaged-style app (dist/main/main.cjs + dist/renderer) in a real
 * Electron. Where no Electron binary or Electron-ABI SQLite build exists, the test reports itself skipped.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
