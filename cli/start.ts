// The installed `replyrx` (dist/replyrx.cjs). It runs the bundled command (dist/replyrx-app.cjs)
// through V8's code cache: Node 20 has no compile cache of its own, and parsing and compiling the
// engine afresh was a third of every `replyrx check`. The cache holds compiled code only (never a
// text the command checked) and lives in the user's cache folder; without it the command still runs.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** A hash of replyrx-app.cjs, written in by scripts/build-cli.mjs: V8 checks a cache's length, not its source. */
declare const REPLYRX_APP_HASH: string;

// V8 first runs a pattern through its bytecode interpreter and compiles it to machine code on the
// second run. A check runs each of the rules' ~130 patterns once or twice, so it paid both: 110 ms
// of a short check went to the interpreter's first runs. Machine code at once costs about 37 ms.
// (Set before anything compiles a pattern; it is part of what the code cache is checked against.)
setFlagsFromString('--no-regexp-tier-up');

const app = join(__dirname, 'replyrx-app.cjs');
const cacheFile = join(cacheFolder(), `replyrx-${REPLYRX_APP_HASH}-${process.version}-${process.arch}.v8cache`);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // First run after an install or an upgrade.
}
// The same wrapper Node gives a CommonJS file, so the bundle sees require, module and __filename.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(app, 'utf8')}\n})`, {
  filename: app,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => saveCache(script));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(app), module, app, __dirname);

/** Written at exit, so the cache also holds the functions this run compiled along the way. */
function saveCache(compiled: Script): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Another replyrx may be writing the same file: write aside, then rename over it in one step.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, compiled.createCachedData());
    renameSync(partial, cacheFile);
    // Caches of earlier versions (or another Node) would only pile up: each upgrade leaves about 1 MB.
    for (const old of readdirSync(dirname(cacheFile))) {
      if (/^replyrx-.+\.v8cache$/.test(old) && old !== basename(cacheFile)) rmSync(join(dirname(cacheFile), old), { force: true });
    }
  } catch {
    // A read-only home or a full disk: the next run compiles again, nothing else changes.
  }
}

function cacheFolder(): string {
  const env = process.env;
  if (env.REPLYRX_CACHE_DIR) return env.REPLYRX_CACHE_DIR;
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'replyrx', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'replyrx');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'replyrx');
}
