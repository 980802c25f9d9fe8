// The `replyrx` command: checks one text (argument or stdin) or a JSONL file of texts with the
// rule engine, or audits a platform's data export (audit/). `check` reads from and writes to the
// given streams only, so the tests run it in-process; nothing ever leaves the machine, and text
// lands in a file only where `audit --csv/--html` is told to write one.
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyzeLong, KINDS, loadPolicy, SITES, type AnalyzeInput, type Finding, type Kind, type Policy, type Site } from '../rules';
import { write } from './io';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

const OK = 0;
const RISKY = 1;
const ERROR = 2;

const HELP = `Usage: replyrx check [options] "text"
       replyrx check [options] < text.txt
       replyrx check [options] --jsonl FILE|-
       replyrx audit [options] PATH

check: checks a social media post, reply or message for patient information and medical advice
before it is published. Everything runs on this machine; the text is never stored or sent.

audit: checks everything in a platform's data export (the .zip or the unzipped folder): a
Facebook "Download your information" (JSON), an X archive, a LinkedIn data export, or one CSV or
JSON Lines file. Prints counts per category and year; --csv and --html write the findings.

Options:
  --policy FILE     the practice policy (JSON); any problem in it is an error
  --site SITE       facebook, x or linkedin (default: facebook)
  --kind KIND       post, reply or message (default: post, or reply with --context)
  --context TEXT    the comment or message being replied to
  --media           the post has a photo or video attached
  --json            print {"findings": [...]} as JSON instead of readable text
  --jsonl FILE|-    check one JSON object per line ({"id", "text", "site"?, "kind"?, "context"?, "media"?})
                    and print one {"id", "findings"} or {"id"?, "error"} line for each
  -h, --help        show this help
  --version         show the version

Audit options (and --policy; --site and --kind set the defaults for a CSV or JSON Lines file):
  --csv FILE           write one row per finding (date, site, kind, link or id, category, ...)
  --html FILE          write a report to open in a browser, offline, filterable by category
  --text-column NAME   the column (CSV) or field (JSON Lines) with the text (default: text)
  --date-column NAME   the column or field with the date (default: date, when there is one)
  --quiet              no progress bar (it is only shown when stderr is a terminal)

Exit status: 0 no risks (notes only), 1 a warning or block, 2 a usage or policy error.
audit: 0 nothing risky and everything read, 1 risky messages found, 2 a usage error, an
unreadable or unknown export, or nothing risky but part of the export could not be read,
130 stopped with Ctrl+C (what was audited so far is still summed up and written).

Examples:
  replyrx check "Great seeing you Tuesday Maria, keep icing that ankle!"
  replyrx check --policy policy.json --site x --context "My knee hurts" "Try ibuprofen"
  pbpaste | replyrx check --kind message
  replyrx check --policy policy.json --jsonl export.jsonl > findings.jsonl
  replyrx check -- "-5 days post op"      (text starting with "-" goes after --)
  replyrx audit --policy policy.json --html report.html facebook-export.zip
  replyrx audit --text-column Body --date-column Sent --site linkedin replies.csv
`;

/** A mistake in how the command was called: one line on stderr, exit 2. */
class UsageError extends Error {}
/** A problem with an input file (policy, JSONL): its lines on stderr, exit 2. */
class InputError extends Error {}

/** `workerScript`: the command's own file, which `audit` may start as worker threads. */
export async function main(argv: string[], io: Io, workerScript?: URL): Promise<number> {
  try {
    return await run(argv, io, workerScript);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`replyrx: ${error.message}\nRun replyrx --help for usage.\n`);
      return ERROR;
    }
    if (error instanceof InputError) {
      io.stderr.write(`${error.message}\n`);
      return ERROR;
    }
    throw error; // a bug: let the stack trace show
  }
}

async function run(argv: string[], io: Io, workerScript?: URL): Promise<number> {
  const { values, positionals } = parseOptions(argv);
  if (values.help || values.version) {
    await write(io.stdout, values.help ? HELP : `replyrx ${await version()}\n`);
    return OK;
  }

  const [command, ...texts] = positionals;
  if (command === undefined) throw new UsageError('missing command: replyrx check "text" or replyrx audit PATH');
  if (command !== 'check' && command !== 'audit') throw new UsageError(`unknown command "${command}" (the commands are check and audit)`);
  const site = oneOf('--site', values.site, SITES);
  const kind = oneOf('--kind', values.kind, KINDS);
  const only = (flags: string[], of: string) => {
    const used = flags.find((f) => values[f as keyof typeof values] !== undefined);
    if (used) throw new UsageError(`--${used} is for ${of}`);
  };
  if (command === 'audit') {
    only(['json', 'jsonl', 'context', 'media'], 'replyrx check');
    if (texts.length !== 1) throw new UsageError(texts.length === 0 ? 'missing PATH: replyrx audit export.zip' : 'give one export to audit');
    const policy = await readPolicy(values.policy);
    // Loaded only for audit: `check` starts faster without the zip and CSV readers.
    const { audit } = await import('./audit/run');
    return audit(
      { path: texts[0], policy, csv: values.csv, html: values.html, quiet: values.quiet === true, textColumn: values['text-column'], dateColumn: values['date-column'], site, kind, workerScript },
      io,
    );
  }
  only(['csv', 'html', 'text-column', 'date-column', 'quiet'], 'replyrx audit');
  if (texts.length > 1) throw new UsageError(`expected one text but got ${texts.length}: put the text in quotes`);

  if (values.jsonl !== undefined) {
    if (texts.length > 0) throw new UsageError('give either a text or --jsonl, not both');
    if (values.json) throw new UsageError('--json is for one text; --jsonl output is already JSON');
    if (values.context !== undefined) throw new UsageError('--context is for one text; put "context" in each JSONL line');
    if (values.media) throw new UsageError('--media is for one text; put "media": true in each JSONL line');
  }
  const policy = await readPolicy(values.policy);
  if (values.jsonl !== undefined) return checkJsonl(values.jsonl, { site, kind }, policy, io);

  const text = texts[0] ?? (io.stdin.isTTY ? undefined : await readAll(io.stdin));
  if (text === undefined || text.trim() === '') {
    throw new UsageError('no text to check: give it as an argument or on stdin');
  }
  const input: AnalyzeInput = {
    text,
    site: site ?? 'facebook',
    kind: kind ?? (values.context !== undefined ? 'reply' : 'post'),
    context: values.context,
    hasMedia: values.media === true,
  };
  const findings = analyzeLong(input, policy);
  if (values.json) {
    await write(io.stdout, `${JSON.stringify({ findings }, null, 2)}\n`);
  } else {
    const color = Boolean(io.stdout.isTTY) && process.env.NO_COLOR === undefined;
    await write(io.stdout, report(text, findings, color));
  }
  return isRisky(findings) ? RISKY : OK;
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        site: { type: 'string' },
        kind: { type: 'string' },
        context: { type: 'string' },
        media: { type: 'boolean' },
        json: { type: 'boolean' },
        jsonl: { type: 'string' },
        csv: { type: 'string' },
        html: { type: 'string' },
        'text-column': { type: 'string' },
        'date-column': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    // Node's messages are right but long; keep their first sentence.
    const first = (error as Error).message.split(/\.\s/)[0];
    throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

/** Reads the policy file; anything loadPolicy would silently repair is an error here. */
async function readPolicy(file: string | undefined): Promise<Policy | undefined> {
  if (file === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(await readFile(file, 'utf8')));
  } catch (error) {
    throw new InputError(
      error instanceof SyntaxError
        ? `policy error: ${file} is not valid JSON (${error.message})`
        : `policy error: cannot read ${file} (${describe(error)})`,
    );
  }
  const { policy, problems } = loadPolicy(raw);
  if (problems.length > 0) {
    throw new InputError(problems.map((p) => `policy error: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'));
  }
  return policy;
}

// Editors on Windows like to start UTF-8 files with a byte-order mark, which JSON.parse rejects.
const stripBom = (s: string) => s.replace(/^\uFEFF/, '');

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'it is a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.code ?? e.message;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  try {
    for await (const chunk of stream) text += chunk;
  } catch (error) {
    throw new InputError(`replyrx: cannot read stdin (${describe(error)})`);
  }
  return text;
}

const isRisky = (findings: Finding[]) => findings.some((f) => f.severity !== 'info');

// ---- JSONL ----

async function checkJsonl(
  file: string,
  defaults: { site?: Site; kind?: Kind },
  policy: Policy | undefined,
  io: Io,
): Promise<number> {
  let source: NodeJS.ReadableStream = io.stdin;
  if (file !== '-') {
    try {
      source = (await open(file)).createReadStream();
    } catch (error) {
      throw new InputError(`replyrx: cannot read ${file} (${describe(error)})`);
    }
  }
  let risky = false;
  let unreadable = 0;
  let n = 0;
  try {
    // One line at a time, in order: the file never has to fit in memory.
    for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
      n++;
      if (line.trim() === '') continue;
      const parsed = parseLine(n === 1 ? stripBom(line) : line, n, defaults);
      let out: object;
      if ('error' in parsed) {
        unreadable++;
        out = parsed;
      } else {
        const findings = analyzeLong(parsed.input, policy);
        risky ||= isRisky(findings);
        out = { id: parsed.id, findings };
      }
      await write(io.stdout, `${JSON.stringify(out)}\n`);
    }
  } catch (error) {
    // Only a failing read is the input's fault (e.g. a directory); anything else is not ours to explain.
    if ((error as NodeJS.ErrnoException).syscall !== 'read') throw error;
    const where = n > 0 ? ` after line ${n}` : '';
    throw new InputError(`replyrx: cannot read ${file === '-' ? 'stdin' : file}${where} (${describe(error)})`);
  }
  if (unreadable > 0) {
    io.stderr.write(`replyrx: ${unreadable} of ${n} lines could not be read; see their "error"\n`);
  }
  return risky ? RISKY : OK;
}

type ParsedLine = { id: unknown; input: AnalyzeInput } | { id?: unknown; error: string };

function parseLine(line: string, n: number, defaults: { site?: Site; kind?: Kind }): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `line ${n}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `line ${n}: expected a JSON object` };
  }
  const obj = value as Record<string, unknown>;
  const fail = (message: string): ParsedLine => ({ ...('id' in obj && { id: obj.id }), error: `line ${n}: ${message}` });

  if (typeof obj.text !== 'string') return fail(obj.text === undefined ? '"text" is missing' : '"text" must be a string');
  if (obj.site !== undefined && !SITES.includes(obj.site as Site)) return fail(`"site" must be one of ${SITES.join(', ')}`);
  if (obj.kind !== undefined && !KINDS.includes(obj.kind as Kind)) return fail(`"kind" must be one of ${KINDS.join(', ')}`);
  if (obj.context !== undefined && typeof obj.context !== 'string') return fail('"context" must be a string');
  if (obj.media !== undefined && typeof obj.media !== 'boolean') return fail('"media" must be true or false');

  const context = obj.context as string | undefined;
  return {
    id: obj.id ?? null,
    input: {
      text: obj.text,
      site: (obj.site as Site | undefined) ?? defaults.site ?? 'facebook',
      kind: (obj.kind as Kind | undefined) ?? defaults.kind ?? (context !== undefined ? 'reply' : 'post'),
      context,
      hasMedia: obj.media === true,
    },
  };
}

// ---- Readable report ----

const SEVERITY_COLOR = { block: '1;31', warn: '1;33', info: '1;36' } as const;

function report(text: string, findings: Finding[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const multiline = /[\r\n]/.test(text);
  const lines: string[] = [];
  const replies = new Map<string, string>(); // text → label: each safe reply is shown once

  for (const f of findings) {
    lines.push(`${paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase())}  ${f.rule} (${f.category})`);
    lines.push(`  ${f.message}`);
    if (f.why) lines.push(paint('2', `  why: ${f.why}`));
    if (f.end > f.start) {
      const where = multiline ? `at line ${lineNumber(text, f.start)}` : 'at';
      lines.push(`  ${where}: ${excerpt(text, f.start, f.end, (s) => paint('1;4', s))}`);
    }
    for (const s of f.suggestions) {
      if (s.scope === 'span') lines.push(`  fix: ${s.label}`);
      else if (!replies.has(s.text)) replies.set(s.text, s.label);
    }
    lines.push('');
  }
  if (replies.size > 0) {
    lines.push('Suggested safe replies:');
    for (const [reply, label] of replies) lines.push(`  ${label}`, `    ${reply}`);
    lines.push('');
  }
  lines.push(summary(findings));
  return `${lines.join('\n')}\n`;
}

function summary(findings: Finding[]): string {
  const count = (severity: string, noun: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  const notes = count('info', 'note');
  if (!isRisky(findings)) return notes ? `No risks found (${notes}).` : 'No risks found.';
  return [count('warn', 'warning'), count('block', 'block'), notes].filter(Boolean).join(', ');
}

function lineNumber(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

const CONTEXT = 30; // characters of the line shown on each side of the span
const LONG_SPAN = 60; // longer spans are shortened in the middle
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Cut by grapheme, so an emoji such as 👍🏽 or a flag is never split in half.
const chars = (s: string) => Array.from(graphemes.segment(s), (g) => g.segment);

/** The line around [start, end) with the span in brackets, e.g. `…seeing you Tuesday [Maria], keep icing…`. */
function excerpt(text: string, start: number, end: number, mark: (s: string) => string): string {
  const lineStart = text.slice(0, start).search(/[^\r\n]*$/);
  const breakAfter = text.slice(end).search(/[\r\n]/);
  const lineEnd = breakAfter < 0 ? text.length : end + breakAfter;

  let before = chars(flat(text.slice(lineStart, start)));
  let after = chars(flat(text.slice(end, lineEnd)));
  const span = chars(flat(text.slice(start, end)));
  if (before.length > CONTEXT) before = ['…', ...dropPartialWord(before.slice(-CONTEXT))];
  if (after.length > CONTEXT) after = [...dropPartialWord(after.slice(0, CONTEXT).reverse()).reverse(), '…'];
  const shown = span.length > LONG_SPAN ? [...span.slice(0, 40), ' … ', ...span.slice(-15)] : span;
  return `${before.join('')}${mark(`[${shown.join('')}]`)}${after.join('')}`;
}

/** One display line: line breaks inside a span become ⏎, other control characters a space. */
function flat(s: string): string {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ').replace(/\p{Cc}/gu, ' ');
}

/** Drops a cut-off word at the far end of a shortened context (the start of `cs`), when there is a space to cut at. */
function dropPartialWord(cs: string[]): string[] {
  const space = cs.indexOf(' ');
  return space < 0 ? cs : cs.slice(space + 1);
}
