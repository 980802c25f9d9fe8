// The counts of an audit: what the terminal summary prints and the reports end with.
import type { Finding } from '../../rules';
import type { Message, Problem } from './types';

export class Tally {
  messages = 0;
  risky = 0;
  findings = 0;
  files = 0;
  formats = new Set<string>();
  problems: Problem[] = [];
  interrupted = false;
  /** Risky messages per category (a message counts once per category it has). */
  byCategory = new Map<string, number>();
  /** Risky messages per year, and of all messages per year. */
  byYear = new Map<string, { all: number; risky: number }>();

  add(message: Message, findings: Finding[]): void {
    this.messages++;
    const year = message.date ? String(message.date.getUTCFullYear()) : 'undated';
    const y = this.byYear.get(year) ?? { all: 0, risky: 0 };
    y.all++;
    this.byYear.set(year, y);
    if (findings.length === 0) return;
    this.risky++;
    y.risky++;
    this.findings += findings.length;
    for (const c of new Set(findings.map((f) => f.category))) this.byCategory.set(c, (this.byCategory.get(c) ?? 0) + 1);
  }

  categories(): [string, number][] {
    return [...this.byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  years(): [string, { all: number; risky: number }][] {
    return [...this.byYear].sort((a, b) => a[0].localeCompare(b[0]));
  }
}

const n = (v: number) => v.toLocaleString('en-US');
const plural = (v: number, noun: string) => `${n(v)} ${noun}${v === 1 ? '' : 's'}`;

/** The terminal summary: counts only, never a message's text. */
export function summaryText(t: Tally, seconds: number): string {
  const lines = [
    `${t.interrupted ? 'Interrupted (Ctrl+C) after auditing' : 'Audited'} ${plural(t.messages, 'message')} from ${plural(t.files, 'file')} (${[...t.formats].join(', ') || 'nothing readable'}) in ${seconds.toFixed(1)} s.`,
    t.risky === 0 ? 'No risky messages found.' : `${plural(t.risky, 'risky message')} with ${plural(t.findings, 'finding')}.`,
  ];
  if (t.risky > 0) {
    lines.push('', 'Risky messages by category:');
    for (const [c, v] of t.categories()) lines.push(`  ${c.padEnd(22)} ${n(v).padStart(8)}`);
  }
  if (t.messages > 0) {
    lines.push('', 'By year:              risky      all');
    for (const [y, v] of t.years()) lines.push(`  ${y.padEnd(18)} ${n(v.risky).padStart(8)} ${n(v.all).padStart(8)}`);
  }
  if (t.problems.length > 0) lines.push('', `${plural(t.problems.length, 'part')} could not be read (see above); the rest was audited.`);
  return `${lines.join('\n')}\n`;
}
