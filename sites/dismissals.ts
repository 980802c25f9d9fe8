// "Not a risk here": the findings staff dismissed in one draft. A dismissal is keyed by the rule
// and the flagged words, not by offsets, so it holds while the rest of the draft changes and lapses
// as soon as those words change. Kept in the composer's session only: never stored, never sent.
import type { Finding } from '@/rules/types';

/** The words a finding flags, with runs of whitespace made one space (an editor may rewrap them). */
export const flaggedWords = (f: Finding, text: string): string => text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();

const keyOf = (f: Finding, text: string) => `${f.rule}\u0000${flaggedWords(f, text)}`;

export class Dismissals {
  private readonly keys = new Set<string>();

  /** Dismisses `findings` of `text` for the rest of the draft. */
  add(findings: readonly Finding[], text: string): void {
    for (const f of findings) this.keys.add(keyOf(f, text));
  }

  /** The findings of `text` not dismissed. */
  visible(findings: readonly Finding[], text: string): Finding[] {
    return this.keys.size ? findings.filter((f) => !this.keys.has(keyOf(f, text))) : [...findings];
  }

  /** The draft ended (sent or emptied). */
  clear(): void {
    this.keys.clear();
  }
}
