// Runs once before the Firefox suite: the add-on must be built, and the fixture pages (shared with
// the Chromium suite) are built when missing or older than their sources.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from '../e2e/fixtures/build';
import { FIREFOX_EXTENSION_DIR } from './firefox';

export default function globalSetup(): void {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox suite loads the built add-on, and ${FIREFOX_EXTENSION_DIR} is missing: run \`npm run build\` first.`);
  }
  const ms = buildFixtures();
  if (ms) console.log(`fixture pages built in ${(ms / 1000).toFixed(1)} s (tests/e2e/fixtures/dist)`);
}
