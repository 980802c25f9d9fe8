// npm pack, then npm install -g of the tarball into a fresh temporary prefix: the command as a user
// installs it, with none of the repository's node_modules in reach.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Installed {
  /** The `replyrx` the install put on PATH (a symlink to the bundled dist/replyrx.cjs). */
  bin: string;
  prefix: string;
  /** The temporary folder holding the tarball and the prefix: the caller removes it when done. */
  dir: string;
}

export function packAndInstall(): Installed {
  const dir = mkdtempSync(join(tmpdir(), 'replyrx-pack-'));
  // --ignore-scripts for the install only: prepack (which builds dist/) must run for pack.
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => /^replyrx-.*\.tgz$/.test(f));
  if (!tarball) throw new Error(`npm pack wrote no replyrx-*.tgz in ${dir}`);
  const prefix = join(dir, 'prefix');
  execFileSync('npm', ['install', '-g', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, tarball)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { bin: join(prefix, 'bin', 'replyrx'), prefix, dir };
}
