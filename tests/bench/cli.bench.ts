// `npm run bench:cli`: the command as installed (npm pack → npm install -g into a temp prefix), against
// the budgets of issue 10: `replyrx check` of a short text ≤ 250 ms wall (median of fresh processes),
// and `replyrx audit` of 100,000 messages ≤ 60 s with peak memory ≤ 300 MB. Writes docs/bench-cli.md.
// Always exits 0: it is a report, and OVER marks a missed budget.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndInstall } from '../cli/install';
import { generateLinkedInExport } from './generate-export';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHECK_RUNS = 21;
const MESSAGES = 100_000;
const SHORT = 'Great seeing you Tuesday Maria, keep icing that ankle!';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const loadAtStart = loadavg()[0];
console.log('packing and installing…');
const { bin, dir: packDir } = packAndInstall();

// CPU seconds (user + sys) of a child from GNU time: unlike wall time, barely moved by other jobs.
const gnuTime = existsSync('/usr/bin/time');
const cpuSeconds = (stderr: string) => {
  const m = /cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
  return m ? Number(m[1]) + Number(m[2]) : NaN;
};
const timed = (args: string[]) => (gnuTime ? ['/usr/bin/time', '-f', 'cpu=%U+%S maxrss_kb=%M', ...args] : args);

// 1. check: fresh `node <installed bin> check TEXT` processes, wall time from spawn to exit.
const wall: number[] = [];
const checkCpu: number[] = [];
// A code cache folder of this run's own, empty at the start, so the first run is the first after an install.
const cacheDir = mkdtempSync(join(tmpdir(), 'replyrx-bench-cache-'));
const cacheEnv = { ...process.env, REPLYRX_CACHE_DIR: cacheDir };
let firstRun = 0;
for (let i = 0; i <= CHECK_RUNS; i++) {
  const started = performance.now();
  const [command, ...args] = timed([process.execPath, bin, 'check', SHORT]);
  const r = spawnSync(command, args, { encoding: 'utf8', env: cacheEnv });
  if (r.status !== 1) throw new Error(`replyrx check exited ${r.status}: ${r.stderr}`);
  // The first run warms the disk cache and writes the code cache.
  if (i === 0) {
    firstRun = performance.now() - started;
    continue;
  }
  wall.push(performance.now() - started);
  checkCpu.push(cpuSeconds(r.stderr) * 1000);
}
const bootOnly: number[] = [];
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  bootOnly.push(performance.now() - started);
}
console.log(`check: median ${median(wall).toFixed(0)} ms`);

// 2. audit: a generated LinkedIn export of 100,000 messages; peak RSS from GNU time when there is one.
const dir = mkdtempSync(join(tmpdir(), 'replyrx-bench-'));
const exportDir = join(dir, 'linkedin');
await generateLinkedInExport(exportDir, MESSAGES);
const csvBytes = statSync(join(exportDir, 'messages.csv')).size;
const report = join(dir, 'findings.csv');
console.log(`auditing ${MESSAGES.toLocaleString('en-US')} messages…`);
const started = performance.now();
const audit = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
  const [command, ...args] = timed([process.execPath, bin, 'audit', '--quiet', '--csv', report, exportDir]);
  const child = spawn(command, args, { env: cacheEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  child.on('exit', (code) => resolve({ code, stdout, stderr }));
});
const auditSeconds = (performance.now() - started) / 1000;
const audited = Number(/Audited ([\d,]+) messages/.exec(audit.stdout)?.[1].replace(/,/g, '') ?? 0);
const risky = /([\d,]+) risky messages?/.exec(audit.stdout)?.[1] ?? '?';
const auditCpu = cpuSeconds(audit.stderr);
const peakMb = gnuTime ? Number(/maxrss_kb=(\d+)/.exec(audit.stderr)?.[1] ?? NaN) / 1024 : NaN;
if (audited !== MESSAGES) throw new Error(`audit read ${audited} messages, not ${MESSAGES} (exit ${audit.code}): ${audit.stderr}`);
console.log(`audit: ${auditSeconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });
rmSync(packDir, { recursive: true, force: true });

const rows = [
  ['`replyrx check` short text, wall (median of fresh processes)', `${median(wall).toFixed(0)} ms`, `p95 ${p95(wall).toFixed(0)} ms`, '≤ 250 ms', median(wall) <= 250],
  ['↳ of which: Node start-up alone (`node -e 0`, median; info)', `${median(bootOnly).toFixed(0)} ms`, '', '', undefined],
  ['↳ CPU time (user + sys, median; info: what the machine load does not change)', `${median(checkCpu).toFixed(0)} ms`, '', '', undefined],
  ['↳ the first run after the install (writes the code cache; info)', `${firstRun.toFixed(0)} ms`, '', '', undefined],
  [`\`replyrx audit\` of ${MESSAGES.toLocaleString('en-US')} messages, wall`, `${auditSeconds.toFixed(1)} s`, `${Math.round(MESSAGES / auditSeconds).toLocaleString('en-US')} messages/s`, '≤ 60 s', auditSeconds <= 60],
  ['↳ CPU time of all threads (user + sys; info)', `${auditCpu.toFixed(1)} s`, `${((auditCpu / MESSAGES) * 1000).toFixed(2)} ms a message`, '', undefined],
  ['↳ peak memory (max RSS of the process, workers included)', Number.isNaN(peakMb) ? 'not measured (no /usr/bin/time)' : `${peakMb.toFixed(0)} MB`, '', '≤ 300 MB', Number.isNaN(peakMb) ? undefined : peakMb <= 300],
] as const;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
const md = [
  '# Command-line benchmark',
  '',
  'Generated by `npm run bench:cli` (`tests/bench/cli.bench.ts`). Re-run it after changing the CLI or the engine and commit the new report.',
  '',
  `- **Date:** ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- **Node:** ${process.version}; **CPU:** ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores`,
  `- **Machine load** (1-minute load average): ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end — other jobs share these cores, and every figure is slower by as much.`,
  `- **Commit:** ${commit}${dirty}`,
  '',
  '| Measure | Result | | Budget | Verdict |',
  '|---|---:|---:|---|---|',
  ...rows.map(([name, result, extra, budget, pass]) => `| ${name} | ${result} | ${extra} | ${budget} | ${pass === undefined ? '' : pass ? 'PASS' : 'OVER'} |`),
  '',
  '## Method',
  '',
  `- **Installed command:** \`npm pack\`, then \`npm install -g --prefix TMP\` of the tarball; every run is \`node TMP/bin/replyrx …\`, the starter \`dist/replyrx.cjs\` running the bundle \`dist/replyrx-app.cjs\` with no node_modules. The starter keeps V8\'s compiled code of the bundle in the user\'s cache folder (written by the first run, which is discarded), as Node 22\'s compile cache would.`,
  `- **check:** ${CHECK_RUNS} fresh processes (after one discarded run) checking "${SHORT}" (${SHORT.length} characters; four warnings), timed from spawn to exit.`,
  `- **audit:** a generated LinkedIn export (\`tests/bench/generate-export.ts\`, fixed seed): \`messages.csv\` of ${MESSAGES.toLocaleString('en-US')} distinct messages sent by the owner (${(csvBytes / 1e6).toFixed(1)} MB) from practice templates with varying names, days and numbers; ${risky} of them risky. Run with \`--quiet --csv\`, so the ${risky} risky messages' findings are written too. Peak memory is GNU time's maximum resident set size of the whole process (main thread and worker threads).`,
  '- **Load:** the machine is shared, so wall times move with the load average above; CPU times (from GNU time) move much less. With two idle cores the audit takes about its CPU time divided by two, plus the main thread\'s reading.',
  '- **How audit is fast enough:** the main thread reads and parses the export and writes the reports; the engine runs on one worker thread per core in batches of 250 messages, at most two batches per worker in flight, so memory stays flat however big the export is.',
  '',
].join('\n');
writeFileSync(join(ROOT, 'docs/bench-cli.md'), md);
console.log('Wrote docs/bench-cli.md');
