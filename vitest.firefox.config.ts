import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox suite (tests/firefox/): the built add-on in Firefox ESR, driven by puppeteer over
// WebDriver BiDi, plus the store checks of the built zips. One file at a time, one browser at a
// time, with a browser's patience. `npx vitest run` (vitest.config.ts) does not include these files.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Playwright's expect.poll waits 5 s by default, vitest's 1 s: the same patience as the Chromium suite.
    expect: { poll: { timeout: 5000 } },
  },
});
