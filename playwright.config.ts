import { defineConfig } from '@playwright/test';

// End-to-end tests load the production build into Debian Chromium (see tests/e2e/extension.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
});
