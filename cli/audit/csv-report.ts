// --csv FILE: one row per finding, for a spreadsheet.
import type { Finding } from '../../rules';
import type { Message } from './types';

export const CSV_HEADER = ['date', 'site', 'kind', 'link or id', 'category', 'severity', 'rule', 'flagged words', 'finding', 'message'];

export function csvRowsFor(message: Message, findings: Finding[]): string {
  return findings
    .map((f) =>
      [
        message.date?.toISOString() ?? '',
        message.site,
        message.kind,
        message.ref,
        f.category,
        f.severity,
        f.rule,
        message.text.slice(f.start, f.end),
        f.message,
        message.text,
      ]
        .map(cell)
        .join(','),
    )
    .map((row) => `${row}\r\n`)
    .join('');
}

export const csvHeader = () => `${CSV_HEADER.map(cell).join(',')}\r\n`;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) gets a leading '. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
