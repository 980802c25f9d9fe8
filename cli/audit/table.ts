// Any one CSV or JSON Lines file: the text in --text-column (default "text"), the date in --date-column
// (default "date", when there is one). JSON Lines also takes `check --jsonl` lines:
// {"id", "text", "site"?, "kind"?, "context"?, "media"?}.
import { createInterface } from 'node:readline';
import { KINDS, SITES, type Kind, type Site } from '../../rules';
import { csvRows } from './csv';
import { toDate } from './text';
import { FileProblem, type Entry, type Format, type Message, type ReadOptions } from './types';

const CSV = /\.csv$/i;
const JSONL = /\.(jsonl|ndjson)$/i;

export const table: Format = {
  name: 'CSV / JSON Lines file',
  files: 'one .csv or .jsonl file with --text-column (and --date-column)',
  select: (entries, single) => (single ? entries.filter((e) => CSV.test(e.path) || JSONL.test(e.path)) : []),
  reader: async (_all, options) => (entry) => (CSV.test(entry.path) ? csv(entry, options) : jsonl(entry, options)),
};

async function* csv(entry: Entry, options: ReadOptions): AsyncIterable<Message> {
  const textColumn = options.textColumn ?? 'text';
  const required = options.dateColumn ? [textColumn, options.dateColumn] : [textColumn];
  const dateColumn = options.dateColumn ?? 'date';
  for await (const { cells, line } of csvRows(entry, required, options.problem, { relax_quotes: true })) {
    const text = cells[textColumn];
    if (!text?.trim()) continue;
    yield { site: options.site ?? 'facebook', kind: options.kind ?? 'post', date: toDate(cells[dateColumn]), ref: cells.id || `line ${line}`, text };
  }
}

async function* jsonl(entry: Entry, options: ReadOptions): AsyncIterable<Message> {
  const field = options.textColumn ?? 'text';
  const dateField = options.dateColumn ?? 'date';
  let n = 0;
  for await (const raw of createInterface({ input: await entry.open(), crlfDelay: Infinity })) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const bad = (message: string) => options.problem({ file: entry.path, line: n, message });
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line);
    } catch {
      bad('not valid JSON; line skipped');
      continue;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      bad('expected a JSON object; line skipped');
      continue;
    }
    if (typeof obj[field] !== 'string') {
      if (n === 1 && !(field in obj)) throw new FileProblem(`no "${field}" field (use --text-column to name the text's field)`, 1);
      bad(`"${field}" is missing or not a string; line skipped`);
      continue;
    }
    const site = SITES.includes(obj.site as Site) ? (obj.site as Site) : options.site;
    const kind = KINDS.includes(obj.kind as Kind) ? (obj.kind as Kind) : options.kind;
    const context = typeof obj.context === 'string' ? obj.context : undefined;
    yield {
      site: site ?? 'facebook',
      kind: kind ?? (context !== undefined ? 'reply' : 'post'),
      date: toDate(obj[dateField]),
      ref: obj.id !== undefined && obj.id !== null ? String(obj.id) : `line ${n}`,
      text: obj[field] as string,
      context,
      hasMedia: obj.media === true,
    };
  }
}
