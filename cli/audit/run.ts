// `replyrx audit PATH`: finds which export PATH is, reads its messages one at a time, checks each with
// the engine's long-text path (checker.ts) and streams the findings to the reports. Only counts stay
// in memory.
import { open } from 'node:fs/promises';
import { pipeline, Transform, type Readable } from 'node:stream';
import type { Finding, Kind, Policy, Site } from '../../rules';
import { write } from '../io';
import { csvHeader, csvRowsFor } from './csv-report';
import { facebook } from './facebook';
import { htmlEnd, htmlHead, htmlMessage } from './html-report';
import { linkedin } from './linkedin';
import { Checker } from './checker';
import { Progress } from './progress';
import { openSource, SourceError, type Source } from './source';
import { table } from './table';
import { summaryText, Tally } from './tally';
import { FileProblem, type Entry, type Format, type Message, type Problem } from './types';
import { x } from './x';

export const FORMATS: Format[] = [facebook, x, linkedin, table];

export interface AuditOptions {
  path: string;
  policy?: Policy;
  csv?: string;
  html?: string;
  quiet: boolean;
  textColumn?: string;
  dateColumn?: string;
  site?: Site;
  kind?: Kind;
  /** The bundled command itself, to start as worker threads (in-process runs check on one thread). */
  workerScript?: URL;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Something that stops the audit before it starts: one message, exit 2. */
class AuditError extends Error {}

const OK = 0;
const RISKY = 1;
const UNREADABLE = 2;
const INTERRUPTED = 130;

export async function audit(options: AuditOptions, io: Io): Promise<number> {
  try {
    return await run(options, io);
  } catch (error) {
    if (!(error instanceof AuditError)) throw error;
    io.stderr.write(`replyrx: ${error.message}\n`);
    return UNREADABLE;
  }
}

async function run(options: AuditOptions, io: Io): Promise<number> {
  const started = performance.now();
  let source: Source;
  try {
    source = await openSource(options.path);
  } catch (error) {
    if (error instanceof SourceError) throw new AuditError(error.message);
    throw error;
  }
  try {
    const plan = FORMATS.map((format) => ({ format, entries: format.select(source.entries, source.single) })).filter((p) => p.entries.length > 0);
    if (plan.length === 0) {
      const hints = FORMATS.map((f) => f.hint?.(source.entries)).filter(Boolean);
      throw new AuditError(
        `${options.path} is not an export replyrx knows. ${hints.length ? `${hints.join(' ')}\nIt reads:` : 'It reads:'}\n${FORMATS.map((f) => `  ${f.name}: ${f.files}`).join('\n')}`,
      );
    }
    if ((options.textColumn ?? options.dateColumn) !== undefined && !plan.some((p) => p.format === table)) {
      throw new AuditError('--text-column and --date-column are for one CSV or JSON Lines file');
    }
    const csv = options.csv ? await createOutput(options.csv) : undefined;
    const html = options.html ? await createOutput(options.html) : undefined;

    const tally = new Tally();
    const total = plan.reduce((sum, p) => sum + p.entries.reduce((s, e) => s + e.size, 0), 0);
    const progress = new Progress(io.stderr, total, Boolean(io.stderr.isTTY) && !options.quiet);
    const problem = (p: Problem) => {
      tally.problems.push(p);
      progress.clear();
      io.stderr.write(`replyrx: ${p.file}${p.line ? ` line ${p.line}` : ''}: ${p.message}\n`);
    };
    // Ctrl+C stops reading; what was audited so far is still summed up and the reports are closed.
    const stop = () => (tally.interrupted = true);
    process.once('SIGINT', stop);

    if (csv) await write(csv, csvHeader());
    if (html) await write(html, htmlHead(options.path));
    const emit = async (message: Message, findings: Finding[]) => {
      tally.add(message, findings);
      if (findings.length > 0) {
        if (csv) await write(csv, csvRowsFor(message, findings));
        if (html) await write(html, htmlMessage(message, findings));
      }
      progress.show(tally.messages, tally.risky);
    };
    const checker = new Checker(options.policy, emit, options.workerScript);

    try {
      for (const { format, entries } of plan) {
        if (tally.interrupted) break;
        tally.formats.add(format.name);
        const read = await format.reader(source.entries, { ...options, problem });
        for (const entry of entries) {
          if (tally.interrupted) break;
          tally.files++;
          try {
            for await (const message of read(counted(entry, progress))) {
              if (tally.interrupted) break;
              await checker.add(message);
            }
          } catch (error) {
            // A FileProblem says what is wrong with the content; anything else failed to read it (zlib, the disk).
            const message = error instanceof FileProblem ? error.message : `cannot read it: damaged or unreadable (${(error as Error).message})`;
            problem({ file: entry.path, line: (error as { line?: number }).line, message });
          }
        }
      }
      await checker.finish();
    } finally {
      process.off('SIGINT', stop);
      progress.clear();
      await checker.close();
    }

    if (csv) await close(csv);
    if (html) {
      await write(html, htmlEnd(tally));
      await close(html);
    }
    const seconds = (performance.now() - started) / 1000;
    const written = [options.csv && `CSV report: ${options.csv}`, options.html && `HTML report: ${options.html}`].filter(Boolean);
    await write(io.stdout, summaryText(tally, seconds) + (written.length ? `\n${written.join('\n')}\n` : ''));
    if (tally.interrupted) return INTERRUPTED;
    return tally.risky > 0 ? RISKY : tally.problems.length > 0 ? UNREADABLE : OK;
  } finally {
    source.close();
  }
}

/** The entry with every byte read counted for the progress bar; read errors still reach the reader. */
function counted(entry: Entry, progress: Progress): Entry {
  return {
    ...entry,
    open: async () => {
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          progress.advance(chunk.length);
          done(null, chunk);
        },
      });
      return pipeline(await entry.open(), counter, () => {}) as Readable;
    },
  };
}

async function createOutput(file: string): Promise<NodeJS.WritableStream> {
  try {
    return (await open(file, 'w')).createWriteStream({ encoding: 'utf8' });
  } catch (error) {
    throw new AuditError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function close(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
