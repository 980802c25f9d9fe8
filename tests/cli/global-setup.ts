// Builds dist/replyrx.mjs once before the tests, so the spawned command is the one that ships.
import { execFileSync } from 'node:child_process';

export default function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--silent'], { stdio: 'inherit' });
}
