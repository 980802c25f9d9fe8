// Reading helpers shared by the formats: whole JSON files with the line of a syntax error, and the
// platforms' text quirks.
import type { Readable } from 'node:stream';
import { FileProblem } from './types';

/** Reads a whole entry as UTF-8. The platforms split big archives into numbered files, which bounds this. */
export async function readText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

/** JSON.parse, with a syntax error turned into a FileProblem at the line it happened on. */
export function parseJson(text: string, offset = 0): unknown {
  try {
    return JSON.parse(offset ? text.slice(offset) : text);
  } catch (error) {
    // V8's message may quote a piece of the text, which must not be printed: keep its first clause.
    const message = (error as Error).message;
    const why = message.split(/ in JSON at position|, "| is not valid JSON/)[0];
    const at = /at position (\d+)/.exec(message);
    const position = at ? offset + Number(at[1]) : /end of JSON/.test(message) ? text.length : undefined;
    const line = position === undefined ? undefined : (text.slice(0, position).match(/\n/g)?.length ?? 0) + 1;
    const truncated = position === text.length;
    throw new FileProblem(truncated ? 'not valid JSON: it ends too early (was the download or unzip cut short?)' : `not valid JSON (${why})`, line);
  }
}

/**
 * Facebook's exports write each UTF-8 byte of non-ASCII text as its own \u00XX escape, so "é" reads as
 * "Ã©" and an emoji as four Latin-1 letters. A string made only of such characters that forms valid
 * UTF-8 is decoded; anything else is left as it is.
 */
export function fixMojibake(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  try {
    return UTF8.decode(Buffer.from(s, 'latin1'));
  } catch {
    return s;
  }
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Parses a date the export wrote as Unix seconds or milliseconds, or as text Date understands. */
export function toDate(value: unknown): Date | undefined {
  let d: Date | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) d = new Date(value < 1e11 ? value * 1000 : value);
  else if (typeof value === 'string' && value.trim() !== '') {
    const s = value.trim();
    if (/^\d{9,13}$/.test(s)) return toDate(Number(s));
    // "2023-01-15 14:22:01" and "2023-01-15 14:22:01 UTC" (LinkedIn): read as UTC.
    const iso = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?: ?(?:UTC|GMT|Z))?$/.exec(s);
    d = new Date(iso ? `${iso[1]}T${iso[2]}Z` : s);
  }
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}
