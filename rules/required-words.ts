// Words a pattern cannot match without: read once from its source, so a text holding none of them skips the pattern.
// Compiling a large pattern is most of the first check's cost after the worker starts, and most patterns cannot
// match a given short reply at all: checking a few `includes` first keeps that cost for patterns that might.
// Reading the sources is itself a cost at start-up, so the rules' own patterns are read ahead of time into
// required-strings.json (`npm run gates`); a pattern missing from it is read here, so a stale table is only slower.
import READ_AHEAD from './required-strings.json';
import { remembered, testOnce, type Span } from './text';

/**
 * Strings of which every match of `re` contains at least one, or null when the source gives no such set
 * (case-insensitive or sticky patterns, or a branch that starts with no fixed letters).
 */
export function requiredStrings(re: RegExp): readonly string[] | null {
  let found = REQUIRED.get(re);
  if (found === undefined) {
    if (re.flags.includes('i') || re.flags.includes('y')) found = null;
    else {
      const ahead = (READ_AHEAD.patterns as Record<string, readonly string[] | null>)[tableKey(re.source)];
      found = ahead !== undefined ? ahead : readRequiredStrings(re.source);
    }
    REQUIRED.set(re, found);
  }
  return found;
}
const REQUIRED = new WeakMap<RegExp, readonly string[] | null>();

/** A pattern source's key in required-strings.json: its length and 32-bit FNV-1a hash. */
export function tableKey(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return `${source.length}:${(hash >>> 0).toString(16)}`;
}

/** True when the text cannot hold a match of `re` (it contains none of the strings every match needs). */
export function cannotMatch(text: string, re: RegExp): boolean {
  // A long text (a post re-checked after each keystroke) is looked up in its bits; any pattern is worth reading once.
  if (text.length >= INDEXED_TEXT) {
    const needed = keyedStrings(re);
    if (needed !== null && lacksAll(bitsOfLong(text), text, needed)) return true;
    COMPILED.add(re);
    return false;
  }
  if (re.source.length < WORTH_READING || (text.length < SHORT_PIECE && COMPILED.has(re))) return false;
  const needed = requiredStrings(re);
  if (needed !== null && !needed.some((s) => text.includes(s))) return true;
  COMPILED.add(re);
  return false;
}
// Patterns that have run once, and so are compiled: on a short piece of text (a clause, a few words after a match)
// running one costs less than looking for each of its words.
const COMPILED = new WeakSet<RegExp>();
const SHORT_PIECE = 120;

// Looking for each required string with `includes` costs a call and a search per string: on a 3,000-character post,
// a long pattern's hundred strings took longer than most scans. So a text is first read once into bits, one per pair
// and per triple of adjacent characters it holds (hashed to 16 bits), and `includes` is called only for a string whose
// pairs (two characters) or triples (three or more) are all set: a string missing from the text almost always has one
// unset. (Texts from this length, and the changed pieces of a long text in matchAll, are read this way.)
const INDEXED_TEXT = 1000;
/** A text's character pairs and triples, as bits of a 65,536-bit map. */
export function textBits(text: string): Uint8Array {
  const bits = new Uint8Array(8192);
  let a = 0;
  let b = fold(text.charCodeAt(0));
  for (let k = 1; k < text.length; k++) {
    const c = fold(text.charCodeAt(k));
    const pair = pairKey(b, c);
    bits[pair >>> 3] |= 1 << (pair & 7);
    if (k >= 2) {
      const triple = tripleKey(a, b, c);
      bits[triple >>> 3] |= 1 << (triple & 7);
    }
    a = b;
    b = c;
  }
  return bits;
}
// (Characters are folded to a byte; a collision only sends a string on to `includes`.)
const fold = (c: number) => (c ^ (c >>> 8)) & 0xff;
const pairKey = (a: number, b: number) => Math.imul(0x10000 | (a << 8) | b, 0x9e3779b1) >>> 16;
const tripleKey = (a: number, b: number, c: number) => Math.imul((a << 16) | (b << 8) | c, 0x9e3779b1) >>> 16;

/** A pattern's required strings, and for each its keys: [count, key, key, …] per string, in one array. */
export interface KeyedStrings {
  strings: readonly string[];
  keys: Uint16Array;
}
/** requiredStrings(re) with each string's keys (its one pair, or its triples), or null when there is no such set. */
export function keyedStrings(re: RegExp): KeyedStrings | null {
  let found = KEYED.get(re);
  if (found === undefined) {
    const strings = requiredStrings(re);
    if (strings === null) found = null;
    else {
      const keys: number[] = [];
      for (const s of strings) {
        const f = Array.from(s, (_, k) => fold(s.charCodeAt(k)));
        if (f.length === 2) keys.push(1, pairKey(f[0], f[1]));
        else {
          keys.push(f.length - 2);
          for (let k = 2; k < f.length; k++) keys.push(tripleKey(f[k - 2], f[k - 1], f[k]));
        }
      }
      found = { strings, keys: Uint16Array.from(keys) };
    }
    KEYED.set(re, found);
  }
  return found;
}
const KEYED = new WeakMap<RegExp, KeyedStrings | null>();

/** True when `text` (read into `bits`) holds none of the strings. */
export function lacksAll(bits: Uint8Array, text: string, { strings, keys }: KeyedStrings): boolean {
  let at = 0;
  for (let n = 0; n < strings.length; n++) {
    const end = at + 1 + keys[at];
    let all = true;
    for (at++; at < end; at++) {
      const key = keys[at];
      if ((bits[key >>> 3] & (1 << (key & 7))) === 0) {
        all = false;
        break;
      }
    }
    at = end;
    if (all && text.includes(strings[n])) return false;
  }
  return true;
}

/** The bits of the last long text gated: a post is gated by many patterns in one check. */
let lastLong = '';
let lastLongBits: Uint8Array | undefined;
function bitsOfLong(text: string): Uint8Array {
  if (lastLongBits === undefined || text !== lastLong) {
    lastLongBits = textBits(text);
    lastLong = text;
  }
  return lastLongBits;
}

// A short pattern compiles about as fast as its source is read: only longer ones are worth reading.
export const WORTH_READING = 300;
// Shortest string worth requiring: a single letter would be in every text.
const SHORTEST = 2;
// Past this many alternatives, `includes` checks cost more than they save.
const MOST = 400;

type Needs = string[] | null;

// The pattern's source as tokens, cut by one native pattern so the reader's loop runs per token, not per character:
// a run of plain characters, an escape, a class, a group's opening, ")", "|", a quantifier, or any other character.
const TOKEN = /[^\\[\](){}|?*+.^$]+|\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|k<[^>]*>|[^])|\[\^?\]?(?:\\[^]|[^\]\\])*\]|\((?:\?(?:<[=!]|[=!:]|<[^>]*>))?|(?:[?*+]|\{\d+(?:,\d*)?\})\??|[^]/g;

/** What requiredStrings gives for a source, read from it now (the table's builder and its test use this). */
export function readRequiredStrings(source: string): readonly string[] | null {
  try {
    const tokens = source.match(TOKEN) ?? [];
    const reader = { tokens, at: 0 };
    const needs = readAlternation(reader);
    if (reader.at !== tokens.length || !needs) return null;
    const unique = [...new Set(needs)];
    return unique.length <= MOST && unique.every((s) => s.length >= SHORTEST) ? unique : null;
  } catch {
    return null;
  }
}

interface Reader { tokens: string[]; at: number }

/** a|b|c: a match needs one of any branch's strings, so every branch must need some. */
function readAlternation(r: Reader): Needs {
  const all: string[] = [];
  let ok = true;
  for (;;) {
    const branch = readSequence(r);
    if (branch) all.push(...branch);
    else ok = false;
    if (r.tokens[r.at] !== '|') break;
    r.at++;
  }
  return ok ? all : null;
}

/** One branch: runs of plain characters, groups, classes and escapes, each maybe quantified; the best required part wins. */
function readSequence(r: Reader): Needs {
  // The part whose shortest string is longest (fewest texts hold it), then the one with fewest strings.
  let best: string[] | null = null;
  let bestShortest = 0;
  const consider = (set: string[]) => {
    let least = Infinity;
    for (const s of set) if (s.length < least) least = s.length;
    if (!best || least > bestShortest || (least === bestShortest && set.length < best.length)) (best = set), (bestShortest = least);
  };
  let run = '';
  const endRun = () => {
    if (run.length >= SHORTEST) consider([run]);
    run = '';
  };
  for (let t = r.tokens[r.at]; t !== undefined && t !== '|' && t !== ')'; t = r.tokens[r.at]) {
    r.at++;
    const q = quantifier(r.tokens[r.at]);
    if (q !== 'one') r.at++;
    const literal = literalOf(t);
    if (literal !== undefined) {
      // A quantifier binds to the run's last character only.
      if (q === 'none') {
        run += literal.slice(0, -1);
        endRun();
      } else {
        run += literal;
        if (q === 'some') endRun();
      }
      continue;
    }
    endRun();
    if (t[0] !== '(') continue;
    const lookaround = t.length > 1 && t !== '(?:' && (t[2] === '=' || t[2] === '!' || t.startsWith('(?<=') || t.startsWith('(?<!'));
    const inner = readAlternation(r);
    if (r.tokens[r.at] !== ')') throw new Error('unclosed group');
    r.at++;
    const groupQ = quantifier(r.tokens[r.at]);
    if (groupQ !== 'one') r.at++;
    // What a lookaround reads is not part of the match; an optional group may be absent.
    if (!lookaround && groupQ !== 'none' && inner) consider(inner);
  }
  endRun();
  return best;
}

/** The plain characters a token stands for, or undefined for classes, groups, anchors, "." and class escapes. */
function literalOf(t: string): string | undefined {
  const c = t[0];
  if (c === '\\') {
    if (t.length !== 2) return undefined; // \p{…}, \u00C0, \x41, \k<name>
    return CLASS_ESCAPES.includes(t[1]) ? undefined : t[1];
  }
  if (c === '[' || c === '(' || c === '.' || c === '^' || c === '$' || c === '|' || c === ')') return undefined;
  if (c === '?' || c === '*' || c === '+' || (c === '{' && t.length > 1)) throw new Error('a quantifier with nothing before it');
  return t;
}
const CLASS_ESCAPES = 'dDwWsSbBnrtfv0123456789c';

/** 'one' (no quantifier), 'some' (+ or {n,…} with n ≥ 1), 'none' (?, *, {0,…}: the part may be absent). */
function quantifier(t: string | undefined): 'one' | 'some' | 'none' {
  if (t === undefined) return 'one';
  const c = t[0];
  if (c === '?' || c === '*') return 'none';
  if (c === '+') return 'some';
  if (c === '{' && t.length > 1) {
    const least = Number(t.slice(1, t.search(/[,}]/)));
    return least === 0 ? 'none' : t === '{1}' ? 'one' : 'some';
  }
  return 'one';
}

// A rule's read of a whole long post (`re.test(doc.lower)`, `doc.text.matchAll(re)`) re-reads all of it after each
// keystroke. These give the same answer, skipping a text of 1,000 characters or more that lacks every string a match
// needs (looked up in its bits, made once per text). (For patterns without the y flag; with the g flag only where
// lastIndex is 0, as in matchAll.)
const gatedOut = (re: RegExp, text: string) => cannotMatchYet(text, re);

/**
 * `cannotMatch` for a long text, or for a pattern that has not run yet: the first check after a cold start would
 * otherwise compile a long pattern that cannot match the text. Once it has run, a short text is scanned without the
 * gate (its `includes` cost more than the compiled scan on the re-checks after each keystroke).
 */
export const cannotMatchYet = (text: string, re: RegExp): boolean => (text.length >= INDEXED_TEXT || !COMPILED.has(re)) && cannotMatch(text, re);
/** `re.test(text)`, skipping a text that cannot hold a match. */
export const testWhole = (re: RegExp, text: string): boolean => !gatedOut(re, text) && re.test(text);
/** `re.exec(text)`, skipping a text that cannot hold a match. */
export const execWhole = (re: RegExp, text: string): RegExpExecArray | null => (gatedOut(re, text) ? null : re.exec(text));
/** `text.matchAll(re)` (g flag), skipping a text that cannot hold a match. */
export const matchAllWhole = (text: string, re: RegExp): Iterable<RegExpExecArray> => (gatedOut(re, text) ? [] : text.matchAll(re));

/**
 * `holds(re, doc.lower)` for a pattern that never reads across a sentence's end (no . ! ? … or line break in what it
 * matches or looks around at): a long text is tested sentence by sentence, so after a keystroke only the changed
 * sentence is read, the others answered from memory (see remembered).
 */
export function holdsInSentences(doc: { lower: string; sentences: readonly Span[] }, re: RegExp): boolean {
  if (doc.lower.length < INDEXED_TEXT) return holds(re, doc.lower);
  return doc.sentences.some((s) => holds(re, doc.lower.slice(s.start, s.end)));
}

/** `re.test(text)`, skipping a long pattern when the text lacks every string it needs (for patterns without the g flag). */
export function holds(re: RegExp, text: string): boolean {
  return remembered(re, text, () => !cannotMatch(text, re) && testOnce(re, text));
}
