// Shared by the audit tests: run the built command, zip a fixture folder, read a --csv report.
import { execFile } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import yazl from 'yazl';
import { afterAll } from 'vitest';
import { analyzeLong, loadPolicy, type Finding, type Kind, type Site } from '../../rules';

export const BIN = fileURLToPath(new URL('../../dist/replyrx.cjs', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const POLICY_FILE = fileURLToPath(new URL('../corpus/dev-policy.json', import.meta.url));
export const POLICY = loadPolicy(JSON.parse(readFileSync(POLICY_FILE, 'utf8'))).policy;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Temporary folders this test file made; removed after its tests (each file imports this module afresh). */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder in the system's temp folder, removed after this file's tests. */
export function tempDir(prefix = 'replyrx-audit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The environment the built command runs in: no colours, and its code cache in a folder of this test run. */
export const BIN_ENV = { ...process.env, NO_COLOR: '1', REPLYRX_CACHE_DIR: tempDir('replyrx-cache-') };

/** Spawns the built command with node, as a user's shell would. */
export function replyrx(args: string[], options: { bin?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node', [options.bin ?? BIN, ...args], { cwd: options.cwd, env: BIN_ENV, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** A copy of a fixture export in a temp folder, to damage without touching the tracked files. */
export function copyFixture(name: string): string {
  const dir = join(tempDir(), name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Zips a folder the way the platforms ship an export (deflated, paths relative to the folder). */
export async function zipFolder(folder: string, prefix = ''): Promise<string> {
  const file = join(tempDir(), 'export.zip');
  const zip = new yazl.ZipFile();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else zip.addFile(path, prefix + relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  zip.end();
  const out = zip.outputStream.pipe(createWriteStream(file));
  await once(out, 'close');
  return file;
}

export interface CsvFinding {
  date: string;
  site: string;
  kind: string;
  'link or id': string;
  category: string;
  severity: string;
  rule: string;
  'flagged words': string;
  finding: string;
  message: string;
}

/** The rows of a --csv report, with the ' the command puts before cells a spreadsheet would run as formulas taken off. */
export const readCsvReport = (file: string): CsvFinding[] =>
  parse(readFileSync(file, 'utf8'), { columns: true, cast: (value: string) => value.replace(/^'(?=[=+\-@\t\r])/, '') });

/** What the engine itself says of a text: the oracle the command's rows must match. */
export function engineFindings(text: string, site: Site, kind: Kind, hasMedia = false): Finding[] {
  return analyzeLong({ text, site, kind, hasMedia }, POLICY).filter((f) => f.severity !== 'info');
}

/** Each message of the report with the (rule, flagged words) pairs the command wrote for it. */
export function byMessage(rows: CsvFinding[]): Map<string, { site: string; kind: string; ref: string; date: string; flagged: string[] }> {
  const out = new Map<string, { site: string; kind: string; ref: string; date: string; flagged: string[] }>();
  for (const r of rows) {
    const m = out.get(r.message) ?? { site: r.site, kind: r.kind, ref: r['link or id'], date: r.date, flagged: [] };
    m.flagged.push(`${r.rule}:${r['flagged words']}`);
    out.set(r.message, m);
  }
  return out;
}

export const expectedFlags = (text: string, site: Site, kind: Kind, hasMedia = false) =>
  engineFindings(text, site, kind, hasMedia).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
