// The shape of one rule: an id (= its file name in detectors/) and a pure detect().
import type { Anchor } from './anchors';
import type { Doc } from './doc';
import type { RuleId } from './rule-ids';
import type { Span } from './text';

export interface Hit extends Span {
  /** What is wrong, in one sentence a staff member understands. */
  message: string;
  /** Which words fired, in plain words. */
  why: string;
  /** For posts: what to put in place of the span (empty = remove it). Omitted when no redaction fits. */
  redaction?: string;
}

/** What earlier rules found, shared with later ones in the same run. */
export interface Facts {
  anchors: Anchor[];
  hits: Partial<Record<RuleId, Hit[]>>;
  /** The message is about someone's care: set after the content rules, read by the identifier rules. */
  care: boolean;
}

export interface Detector {
  id: RuleId;
  detect(doc: Doc, facts: Facts): Hit[];
}

// Word boundaries in the rules' patterns are written as explicit classes, e.g. (?<![a-zA-Z\u00C0-\u024F…0-9]):
// Latin, Greek and Cyrillic letters and digits. \p{L} in a lookbehind made every pattern scan about
// five times slower (see docs/bench-engine.md), and the text is already folded to these scripts.

/** Regex matches in the lower-cased normalized text, as spans. */
export function matchAll(doc: { lower: string }, re: RegExp): (Span & { match: RegExpMatchArray })[] {
  return [...doc.lower.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, match: m }));
}

/** Quotes a short piece of the text for a `why`. */
export function quote(doc: { text: string }, span: Span): string {
  const s = doc.text.slice(span.start, span.end).trim();
  return `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;
}

