// The package as a user gets it: npm pack, npm install -g into a temporary prefix, then the installed
// `replyrx` run from a folder outside the repository, where none of its node_modules can be found.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, replyrx, tempDir } from './helpers';
import { packAndInstall, type Installed } from './install';

let installed: Installed;
const run = (args: string[]) => replyrx(args, { bin: installed.bin, cwd: tempDir() });

describe('npm pack → npm install -g --prefix TMP', () => {
  beforeAll(() => {
    installed = packAndInstall();
  }, 180_000);
  afterAll(() => rmSync(installed.dir, { recursive: true, force: true }));

  it('installs the bundle and no dependencies', () => {
    const pkg = join(installed.prefix, 'lib/node_modules/replyrx');
    expect(existsSync(join(pkg, 'dist/replyrx.cjs'))).toBe(true);
    expect(existsSync(join(pkg, 'node_modules'))).toBe(false);
    expect(existsSync(join(pkg, 'cli'))).toBe(false); // no TypeScript shipped
    // The starter and the bundle: nothing left over from an older build.
    expect(readdirSync(join(pkg, 'dist')).sort()).toEqual(['replyrx-app.cjs', 'replyrx.cjs']);
  });

  it('prints its version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(r.stdout).toBe(`replyrx ${version}\n`);
  });

  it('checks a text', async () => {
    const risky = await run(['check', 'Great seeing you Tuesday Maria, keep icing that ankle!']);
    expect(risky.code).toBe(1);
    expect(risky.stdout).toContain('[Maria]');
    const clean = await run(['check', 'Our office will be closed on Monday for the holiday.']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('No risks found');
  });

  it('audits an export', async () => {
    const r = await run(['audit', '--quiet', join(FIXTURES, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Audited 6 messages from 3 files (X archive)');
  });
});
