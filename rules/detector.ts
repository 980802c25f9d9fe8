// The shape of one rule: an id (= its file name in detectors/) and a pure detect().
import type { Anchor } from './anchors';
import type { Doc } from './doc';
import type { RuleId } from './rule-ids';
import { compileOnFirstRun, holdsAny, type Span } from './text';
import { cannotMatch, keyedStrings, lacksAll, textBits } from './required-words';

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

type Match = Span & { match: RegExpMatchArray };

/**
 * Regex matches in the lower-cased normalized text, as spans. A rule's pattern never spans two sentences, so a
 * long document is scanned sentence by sentence, and each pattern keeps its matches in the last document it read:
 * re-checking a long post after one keystroke scans only the sentences that changed.
 */
export function matchAll(doc: { lower: string; text?: string; sentences?: readonly Span[] }, re: RegExp, needs?: readonly string[]): Match[] {
  // A short text is scanned whole: splitting it saves nothing, and running each pattern once per piece would
  // make V8 compile every pattern to machine code during the first check after the worker starts. It is first checked
  // for the words the pattern needs (`needs`, a rule's own list, or those read from the pattern); a long post is not
  // (every `includes` would read the whole post again after each keystroke): only its changed pieces are, before they
  // are scanned (pieceLacks).
  if (doc.lower.length < LONG_TEXT && ((needs && !holdsAny(doc.lower, needs)) || cannotMatch(doc.lower, re))) return [];
  if (!doc.sentences || doc.lower.length < LONG_TEXT || !re.global) return scan(doc.lower, re);
  const { spans, texts, led } = segments(doc as { lower: string; text?: string; sentences: readonly Span[] });
  let read = LAST_READ.get(re);
  // A pattern that reads "^" (the text's start) or what comes before a sentence ("after a full stop") is run on each
  // piece with the text just before it, so it finds what it would in the whole text.
  if (!read) LAST_READ.set(re, (read = { leading: anchoredAtStart(re), texts: NONE_READ, perSentence: [], found: 0 }));
  const leading = read.leading;
  const pieces = leading ? led : texts;
  if (read.texts !== pieces) {
    // The pieces an edit left alone keep their matches, in place (this runs for ~200 patterns after each keystroke,
    // so nothing is copied piece by piece); only the changed ones are gated and scanned.
    const { prefix, suffix } = unchanged(read.texts, pieces);
    const kept = read.perSentence;
    const removed = kept.length - prefix - suffix;
    const middle: Match[][] = [];
    let found = read.found;
    for (let i = prefix; i < prefix + removed; i++) if (kept[i].length) found--;
    for (let i = prefix; i < pieces.length - suffix; i++) {
      // A piece holding none of the strings every match needs is not scanned (see pieceLacks).
      const m = pieceLacks(pieces, i, re) ? NONE : leading ? scanLed(pieces[i], pieces[i].length - texts[i].length, re) : scan(pieces[i], re);
      if (m.length) found++;
      middle.push(m);
    }
    if (middle.length === removed) for (let k = 0; k < removed; k++) kept[prefix + k] = middle[k];
    else kept.splice(prefix, removed, ...middle);
    read.texts = pieces;
    read.found = found;
  }
  // Most patterns match nowhere in the post: nothing to walk.
  const out: Match[] = [];
  if (read.found === 0) return out;
  const perSentence = read.perSentence;
  for (let i = 0; i < spans.length; i++) {
    const found = perSentence[i];
    if (found.length === 0) continue;
    const at = spans[i].start;
    for (const m of found) out.push({ start: m.start + at, end: m.end + at, match: m.match });
  }
  return out;
}

/** From this length a text is scanned sentence by sentence, and each sentence's matches are kept for the next check. */
const LONG_TEXT = 1000;

/**
 * Each pattern's matches, sentence by sentence (offsets within the sentence), in the last document it read, with how
 * many pieces hold one; and whether it is read with the text before each piece.
 */
const LAST_READ = new WeakMap<RegExp, { leading: boolean; texts: readonly string[]; perSentence: Match[][]; found: number }>();
const NONE_READ: readonly string[] = [];

const NONE: Match[] = [];

// A changed piece is first checked for the strings every match of the pattern needs (requiredStrings, the gate a short
// text gets, here looked up in the piece's bits: see textBits). An edit leaves one or two new pieces of ~130 characters,
// each read by ~200 patterns, and most patterns cannot match a given piece: the scans skipped were most of a
// one-keystroke re-check.
const PIECE_BITS = new WeakMap<readonly string[], Uint8Array[]>();
/** True when pieces[i] holds none of the strings every match of `re` needs. */
function pieceLacks(pieces: readonly string[], i: number, re: RegExp): boolean {
  const needed = keyedStrings(re);
  if (!needed) return false;
  let all = PIECE_BITS.get(pieces);
  if (!all) PIECE_BITS.set(pieces, (all = []));
  return lacksAll((all[i] ??= textBits(pieces[i])), pieces[i], needed);
}

/**
 * The document cut where one sentence clearly ends and the next begins with a capital letter, as strings made
 * once per document. "on Nov. 4", "J. Smith", "thanks. see you" stay in one piece, as a pattern may read across them.
 */
function segments(doc: { lower: string; text?: string; sentences: readonly Span[] }): { spans: Span[]; texts: string[]; led: string[] } {
  let found = SEGMENTS.get(doc);
  if (!found) {
    const spans: Span[] = [];
    for (const s of doc.sentences) {
      const last = spans[spans.length - 1];
      const joined = last && (!CAPITAL_START.test(doc.text?.slice(s.start, s.start + 12) ?? '') || WEAK_END.test(doc.lower.slice(Math.max(last.start, last.end - 8), last.end)));
      if (joined) last.end = s.end;
      else spans.push({ start: s.start, end: s.end });
    }
    SEGMENTS.set(doc, (found = { spans, texts: spans.map((s) => doc.lower.slice(s.start, s.end)), led: spans.map((s) => doc.lower.slice(Math.max(0, s.start - LEAD), s.end)) }));
  }
  return found;
}
const SEGMENTS = new WeakMap<object, { spans: Span[]; texts: string[]; led: string[] }>();
/** How much of the text before a piece a pattern that reads "^" or a sentence's end sees (as in the whole text). */
const LEAD = 40;
// A capital letter, after the emoji a sentence may start with ("Thanks! 😊 See you soon" splits before the emoji).
const CAPITAL_START = new RegExp(String.raw`^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\s]*\p{Lu}`, 'u');
// A sentence "ending" in an abbreviation ("nov.", "approx.", "e.g.", "j.") may not have ended at all. (Any short word
// was too many: "ok.", "soon.", "here." end most replies' sentences, and a post cut in few long pieces is re-read
// a long piece at a time.)
const WEAK_END = /(?:^|[^a-z])(?:[a-z]|e\.g|i\.e|vs|approx|appt|apt|incl|esp|est|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|no|nos|tel|ext|mins?|hrs?|wks?|yrs?|mos?|ref|acct|dept|tab|tabs|cap|caps)\.$/;

/** How many sentences at the start and at the end two documents share; worked out once per pair, for every pattern. */
function unchanged(before: readonly string[], after: readonly string[]): { prefix: number; suffix: number } {
  const known = UNCHANGED.get(after);
  if (known?.before === before) return known;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const found = { before, prefix, suffix };
  UNCHANGED.set(after, found);
  return found;
}
const UNCHANGED = new WeakMap<readonly string[], { before: readonly string[]; prefix: number; suffix: number }>();

/** A "^" outside a character class: scanned alone, a piece would read as the text's start. */
function anchoredAtStart(re: RegExp): boolean {
  return /(?<!\\)\^/.test(re.source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''));
}

// An exec() loop on the pattern itself, not String.prototype.matchAll: matchAll copies the pattern on every call, and a
// long post is scanned once per piece for every pattern. (exec leaves lastIndex at 0 once it finds nothing more.)
function scan(text: string, re: RegExp): Match[] {
  const out: Match[] = [];
  if (!re.global) throw new TypeError('matchAll needs a pattern with the g flag'); // as String.prototype.matchAll would
  compileOnFirstRun(re, text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
    // An empty match would be found again at the same place: step past it (a whole character, in a unicode pattern).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.charCodeAt(m.index) & 0xfc00) === 0xd800 ? 2 : 1;
  }
  return out;
}

/**
 * The matches of a piece scanned with the `lead` characters before it: those that reach into the piece (a match that
 * begins at the full stop before it, "…. Take"), with offsets from the piece's start. (A match inside the lead is
 * the piece before's own.)
 */
function scanLed(text: string, lead: number, re: RegExp): Match[] {
  const out: Match[] = [];
  for (const m of scan(text, re)) if (m.end > lead || m.start >= lead) out.push({ start: m.start - lead, end: m.end - lead, match: m.match });
  return out;
}

/** Quotes a short piece of the text for a `why`. */
export function quote(doc: { text: string }, span: Span): string {
  const s = doc.text.slice(span.start, span.end).trim();
  return `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;
}

