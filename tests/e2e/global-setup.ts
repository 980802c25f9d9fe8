// Runs once before the browser tests: checks the extension build is there (and says so when it is
// older than its sources), and builds the fixture pages when they are missing or older than theirs.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './extension';
import { buildFixtures, newestMtime } from './fixtures/build';

export default function globalSetup(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`The browser tests load the built extension, and ${EXTENSION_DIR} is missing: run \`npm run build\` first.`);
  }
  if (newestMtime(['entrypoints', 'sites', 'rules', 'components', 'assets', 'wxt.config.ts']) > statSync(manifest).mtimeMs) {
    console.warn(`\n!! ${EXTENSION_DIR} is older than the extension sources: these tests run the OLD build. Run \`npm run build\`.\n`);
  }
  const ms = buildFixtures({ force: !!process.env.REPLYRX_REBUILD_FIXTURES });
  if (ms) console.log(`fixture pages built in ${(ms / 1000).toFixed(1)} s (tests/e2e/fixtures/dist)`);
}
