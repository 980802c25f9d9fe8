// addons.mozilla.org asks for the sources of bundled code and checks that they build the uploaded
// add-on. This unpacks the sources zip the build made into an empty folder, runs the commands
// docs/stores.md gives the reviewers (`npm install`, from the registry, then `npm run build`), and
// compares the rebuilt .output/firefox-mv3 with the tested build, file by file and byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './firefox';
import { readTree, readZip, storeZip } from './zip';

test('the sources zip rebuilds the same Firefox add-on with the documented commands', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'replyrx-sources-'));
  try {
    for (const [path, content] of await readZip(storeZip('sources'))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    // The reviewer's environment: none of this run's settings of where to build, and none of the
    // test runner's (vitest sets NODE_ENV=test, which would make Vite build another bundle).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*|REPLYRX_.*)$/.test(name)));
    const run = (command: string) => execFileSync('sh', ['-c', command], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 8 * 60_000 });
    run('npm install --no-audit --no-fund');
    run('npm run build');
    const rebuilt = readTree(join(dir, '.output', 'firefox-mv3'));
    const built = readTree(FIREFOX_EXTENSION_DIR);
    expect([...rebuilt.keys()].sort()).toEqual([...built.keys()].sort());
    const differ = [...built].filter(([path, content]) => !rebuilt.get(path)!.equals(content)).map(([path]) => path);
    expect(differ).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 10 * 60_000);
