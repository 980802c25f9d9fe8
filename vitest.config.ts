import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same `@/` alias as WXT's, for tests of modules that use it.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/rules/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 60_000,
    // The CLI tests spawn the bundled command (a second of esbuild).
    globalSetup: ['tests/cli/global-setup.ts'],
  },
});
