import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/rules/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
