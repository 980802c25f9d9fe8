// What the export readers hand to the audit: one message of the practice's own, and where it came from.
import type { Readable } from 'node:stream';
import type { Kind, Site } from '../../rules';

export interface Message {
  site: Site;
  kind: Kind;
  date?: Date;
  /** A link to the post when the export has one, else an id; never the text. */
  ref: string;
  text: string;
  context?: string;
  hasMedia?: boolean;
}

/** A part of the export that could not be read: said with its file and line, and the rest is still audited. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

/** One file of the export, in a folder or a zip; `path` is relative, with "/" separators. */
export interface Entry {
  path: string;
  size: number;
  open(): Promise<Readable>;
}

export interface ReadOptions {
  problem(p: Problem): void;
  /** --text-column / --date-column and the defaults for --site / --kind (CSV and JSON Lines only). */
  textColumn?: string;
  dateColumn?: string;
  site?: Site;
  kind?: Kind;
}

export interface Format {
  /** Shown in the summary, e.g. "X archive". */
  name: string;
  /** The files it reads, for the message about an unknown export. */
  files: string;
  /** The entries of this format in the export (none: not this format). */
  select(entries: Entry[], single: boolean): Entry[];
  /** When the export is this platform's but not in a form it reads: what to do instead. */
  hint?(entries: Entry[]): string | undefined;
  /** The reader of one selected entry; it may first read helper files (X's account.js). */
  reader(all: Entry[], options: ReadOptions): Promise<(entry: Entry) => AsyncIterable<Message>>;
}

/** Thrown by a reader for a whole file it cannot read; the audit reports it and goes on. */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
