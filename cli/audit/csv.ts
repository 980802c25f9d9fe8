// CSV rows through csv-parse, one at a time, with the line each starts on. A bad row is reported and
// skipped; a fault that ends the file (an unclosed quote) is thrown with its line.
import { parse, type Options } from 'csv-parse';
import { pipeline } from 'node:stream';
import { FileProblem, type Entry, type ReadOptions } from './types';

export interface Row {
  cells: Record<string, string>;
  line: number;
}

export async function* csvRows(entry: Entry, required: string[], problem: ReadOptions['problem'], options: Options = {}): AsyncIterable<Row> {
  let header: string[] = [];
  const settings: Options = {
    ...options,
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    columns: (names: string[]) => (header = names.map((n) => n.trim())),
    on_skip: (error) => {
      problem({ file: entry.path, line: (error as { lines?: number } | undefined)?.lines, message: `row skipped: ${withoutLine(error?.message)}` });
      return undefined;
    },
  };
  const parser = parse(settings);
  // pipeline() passes a read error of the source (a damaged zip entry) on to the parser.
  pipeline(await entry.open(), parser, () => {});
  let checked = false;
  let lastLine = 1; // a record spans lines; it is reported at the line it starts on
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!checked) {
        const missing = required.filter((c) => !header.includes(c));
        if (missing.length) throw new FileProblem(`no ${missing.map((c) => `"${c}"`).join(', ')} column (it has ${header.map((c) => `"${c}"`).join(', ')})`, 1);
        checked = true;
      }
      const line = lastLine + 1;
      lastLine = info.lines;
      yield { cells: record, line };
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(withoutLine((error as Error).message), (error as { lines?: number }).lines ?? parser.info.lines);
  }
}

// csv-parse's messages end with the line (given on its own) and advice on options.
const withoutLine = (s = 'unreadable') => s.replace(/ (on|at) line \d+.*$/s, '');
