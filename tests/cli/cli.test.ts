// The replyrx command: most cases call main() in-process with fake streams; a few spawn the
// built dist/replyrx.cjs (tests/cli/global-setup.ts builds it) to prove the shipped command works.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import type { Finding } from '../../rules';
import { BIN, BIN_ENV, tempDir } from './helpers';

const POLICY = fileURLToPath(new URL('../corpus/dev-policy.json', import.meta.url));
const MARIA = 'Great seeing you Tuesday Maria, keep icing that ankle!';
const FLU = 'Flu shots are in! Call (555) 201-4400 to book.';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() with `stdin` as piped input (or a TTY when null) and collects both outputs. */
async function cli(argv: string[], stdin: string | null = null, stdoutIsTTY = false): Promise<Run> {
  const input = Object.assign(new PassThrough(), { isTTY: stdin === null ? true : undefined });
  input.end(stdin ?? '');
  const out = Object.assign(new PassThrough(), { isTTY: stdoutIsTTY });
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await main(argv, { stdin: input, stdout: out, stderr: err });
  return { code, stdout, stderr };
}

function spawnBin(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile('node', [BIN, ...args], { env: BIN_ENV }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? '');
  });
}

const categories = (findings: Finding[]) => new Set(findings.map((f) => f.category));
const risky = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');

function tempFile(name: string, content: string): string {
  const file = join(tempDir('replyrx-cli-'), name);
  writeFileSync(file, content);
  return file;
}

describe('acceptance', () => {
  it('flags a patient name, the relationship, health details and advice, and suggests the practice phone', async () => {
    const r = await cli(['check', '--json', '--policy', POLICY, MARIA]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    expect([...categories(findings)]).toEqual(
      expect.arrayContaining(['patient-identifier', 'patient-relationship', 'health-details', 'medical-advice']),
    );
    const suggestions = findings.flatMap((f) => f.suggestions.map((s) => s.text));
    expect(suggestions.some((s) => s.includes('(555) 201-4400'))).toBe(true);
  });

  it("passes a public announcement with the practice's own phone", async () => {
    const r = await cli(['check', '--json', '--policy', POLICY, FLU]);
    expect(r.code).toBe(0);
    expect(risky(JSON.parse(r.stdout).findings)).toEqual([]);

    const readable = await cli(['check', '--policy', POLICY, FLU]);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('No risks found.');
  });
});

describe('readable output', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('shows rule, severity, category, message, why, the span in context, safe replies once, and a summary', async () => {
    const r = await cli(['check', '--policy', POLICY, MARIA]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/WARN {2}person-name \(patient-identifier\)/);
    expect(r.stdout).toContain('Names a person');
    expect(r.stdout).toContain('why: The first name "Maria"');
    expect(r.stdout).toContain('Tuesday [Maria], keep');
    const phoneReplies = r.stdout.split('\n').filter((l) => l.includes('(555) 201-4400'));
    expect(phoneReplies).toHaveLength(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ warnings?(, \d+ blocks?)?(, \d+ notes?)?$/);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('marks spans by line in multi-line text with emoji before them', async () => {
    const text = 'Thanks, Phil! 👍🏽 Hope the\nantibiotics knock out that strep 🇺🇸';
    const r = await cli(['check', '--policy', POLICY, text]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('at line 1: Thanks, [Phil]! 👍🏽 Hope the');
    expect(r.stdout).toContain('at line 2: antibiotics knock out that [strep] 🇺🇸');
  });

  it('shortens long lines around the span without splitting emoji', async () => {
    const nurse = '👩🏽‍⚕️'; // five code points, one character on screen
    const text = `${`${nurse} `.repeat(40)}Great seeing you Tuesday Maria, keep icing that ankle! ${`${nurse} `.repeat(40)}`;
    const r = await cli(['check', '--policy', POLICY, text]);
    expect(r.stdout).toMatch(new RegExp(`at: …(${nurse} )+Great seeing you Tuesday \\[Maria\\], keep icing that ankle!( ${nurse})+…\n`));
    expect(r.stdout).not.toContain('\uFFFD');
    expect(r.stdout).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone high surrogate
  });

  it('reads the text from stdin', async () => {
    const r = await cli(['check', '--policy', POLICY], `${MARIA}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[Maria]');
  });

  it('checks a text of any length to its end, in --json with offsets into the whole text', async () => {
    const text = `${FLU} `.repeat(Math.ceil(200_000 / (FLU.length + 1))) + MARIA;
    const r = await cli(['check', '--json', '--policy', POLICY], text);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: { rule: string; start: number; end: number }[] };
    expect(findings.some((f) => f.rule === 'engine')).toBe(false);
    const name = findings.find((f) => f.rule === 'person-name');
    expect(text.slice(name!.start, name!.end)).toBe('Maria');
    expect(name!.start).toBeGreaterThan(200_000 - MARIA.length);
  });

  it('uses colour only on a TTY without NO_COLOR', async () => {
    vi.stubEnv('NO_COLOR', undefined);
    expect((await cli(['check', MARIA], null, true)).stdout).toContain('\x1b[');
    vi.stubEnv('NO_COLOR', '1');
    expect((await cli(['check', MARIA], null, true)).stdout).not.toContain('\x1b[');
  });
});

describe('options', () => {
  it('answers a reply with its context, and --kind, --site change the input', async () => {
    const r = await cli(['check', '--json', '--context', 'My knee hurts after surgery', 'Try ibuprofen']);
    expect(r.code).toBe(1);
    expect(categories(JSON.parse(r.stdout).findings)).toContain('medical-advice');
    for (const args of [['--site', 'x'], ['--site', 'linkedin'], ['--kind', 'message'], ['--kind', 'reply']]) {
      expect((await cli(['check', ...args, FLU])).code).toBe(0);
    }
  });

  it('--media (or "media": true in JSONL) says a photo or video is attached', async () => {
    const proud = 'So proud of Leo today!';
    expect((await cli(['check', proud])).code).toBe(0);
    const withMedia = await cli(['check', '--json', '--media', proud]);
    expect(withMedia.code).toBe(1);
    expect(categories(JSON.parse(withMedia.stdout).findings)).toContain('patient-media');
    const lines = await cli(['check', '--jsonl', '-'], `${JSON.stringify({ id: 1, text: proud, media: true })}\n${JSON.stringify({ id: 2, text: proud, media: 'yes' })}\n`);
    const [one, two] = lines.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(categories(one.findings)).toContain('patient-media');
    expect(two.error).toMatch(/"media" must be true or false/);
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: replyrx check');
    expect((await cli(['-h'])).stdout).toBe(help.stdout);
    expect((await cli(['--version'])).stdout).toMatch(/^replyrx \d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['check', '--site', 'myspace', 'hi'], /--site must be one of facebook, x, linkedin/],
    [['check', '--kind', 'story', 'hi'], /--kind must be one of post, reply, message/],
    [['check', '--frobnicate', 'hi'], /unknown option '--frobnicate'/],
    [['hi'], /unknown command "hi"/],
    [[], /missing command/],
    [['check'], /no text to check/],
    [['check', 'one', 'two'], /put the text in quotes/],
    [['check', '--jsonl', '-', 'hi'], /either a text or --jsonl/],
    [['check', '--policy'], /argument missing/],
  ])('usage error %j exits 2 with one line and a pointer to --help', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^replyrx: /), 'Run replyrx --help for usage.']);
  });
});

describe('policy', () => {
  it('reports every problem with its field path and exits 2', async () => {
    const file = tempFile('policy.json', JSON.stringify({ practice: { phones: ['(555) 201-4400', 'call us'] }, rules: { nope: 'warn' } }));
    const r = await cli(['check', '--policy', file, FLU]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('policy error: practice.phones[1]: must be a phone number');
    expect(r.stderr).toContain('policy error: rules.nope: unknown rule id');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a missing file and invalid JSON', async () => {
    const missing = await cli(['check', '--policy', '/no/such/policy.json', FLU]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^policy error: cannot read \/no\/such\/policy\.json \(no such file\)\n$/);

    const broken = await cli(['check', '--policy', tempFile('policy.json', '{ "practice": '), FLU]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^policy error: .*policy\.json is not valid JSON/);
  });
});

describe('--jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: MARIA }),
    '{"id": "b", "text": ',
    '',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ id: 'd', text: FLU, site: 'x' }),
    JSON.stringify({ id: 'e', text: 'hi', kind: 'tweet' }),
    JSON.stringify({ id: 7, text: 'Try ibuprofen', context: 'My knee hurts' }),
  ];

  it('answers every line in order, reports unreadable lines and goes on', async () => {
    const r = await cli(['check', '--policy', POLICY, '--jsonl', '-'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 'c', 'd', 'e', 7]);
    expect(out[0].findings.length).toBeGreaterThan(0);
    expect(out[1]).toEqual({ error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(out[2]).toEqual({ id: 'c', error: 'line 4: "text" is missing' });
    expect(out[3]).toEqual({ id: 'd', findings: [] });
    expect(out[4]).toEqual({ id: 'e', error: expect.stringContaining('"kind" must be one of') });
    expect(categories(out[5].findings)).toContain('medical-advice');
    expect(r.stderr).toContain('3 of 7 lines could not be read');
  });

  it('exits 0 when no line has a warning, even with unreadable lines', async () => {
    const file = tempFile('in.jsonl', [JSON.stringify({ id: 1, text: FLU }), 'not json', JSON.stringify({ id: 2, text: 'See you at the 5k!' })].join('\r\n'));
    const r = await cli(['check', '--policy', POLICY, '--jsonl', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l)))).toEqual([['id', 'findings'], ['error'], ['id', 'findings']]);
  });

  it('exits 2 for a missing file', async () => {
    const r = await cli(['check', '--jsonl', '/no/such/file.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read /no/such/file.jsonl (no such file)');
  });
});

describe('dist/replyrx.cjs (the built command)', () => {
  it('checks a text and exits 1 on a warning', async () => {
    const r = await spawnBin(['check', '--policy', POLICY, MARIA]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[Maria]');
    expect(r.stdout).toMatch(/\d+ warnings?/);
  });

  it('exits 0 on a clean text read from stdin, and 2 on a usage error', async () => {
    const clean = await spawnBin(['check', '--json', '--policy', POLICY], FLU);
    expect(clean.code).toBe(0);
    expect(risky(JSON.parse(clean.stdout).findings)).toEqual([]);

    const bad = await spawnBin(['check', '--site', 'myspace', 'hi']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--site must be one of');
  });

  it('streams a big JSONL file completely through a pipe', async () => {
    const file = tempFile('big.jsonl', Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `${FLU} ${'x'.repeat(i % 50)}` })).join('\n'));
    const r = await spawnBin(['check', '--policy', POLICY, '--jsonl', file]);
    expect(r.code).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});
