import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Starts a throwaway PostgreSQL cluster only when VADE_TEST_STORE=postgres (`npm run test:pg`).
    globalSetup: ['test/support/pg-global-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
