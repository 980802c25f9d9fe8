// Words a pattern cannot match without: read once from its source, so a text holding none of them skips the pattern.
// Compiling a large pattern is most of the first check's cost after the worker starts, and most patterns cannot
// match a given short reply at all: checking a few `includes` first keeps that cost for patterns that might.
// Reading the sources is itself a cost at start-up, so the rules' own patterns are read ahead of time into
// required-strings.json (`npm run gates`); a pattern missing from it is read here, so a stale table is only slower.
import READ_AHEAD from './required-strings.json';
import { tests } from './text';

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

/** `re.test(text)`, skipping a long pattern when the text lacks every string it needs (for patterns without the g flag). */
export function holds(re: RegExp, text: string): boolean {
  return !cannotMatch(text, re) && tests(re, text);
}
