// Builds the fixture pages before the browser tests, and checks the extension build is there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  if (!existsSync('.output/chrome-mv3/manifest.json')) throw new Error('Build the extension first: npm run build');
  execFileSync('npx', ['vite', 'build', '--config', 'tests/e2e/fixtures/vite.config.ts'], { stdio: 'inherit' });
}
