// Sentences, words and phrase lists over the normalized text. Offsets are normalized-text offsets;
// the engine maps them back to the original text when it builds findings.

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
  lower: string;
  /** Index of the sentence the word is in. */
  sentence: number;
  /** Only spaces, hyphens or slashes separate it from the previous word, so a phrase may continue across. */
  joined: boolean;
  /** A comma and spaces separate it from the previous word: a term written as a list ("hand, foot and mouth") continues. */
  listed: boolean;
}

// Module-level patterns with \p{…} classes are built from strings (String.raw keeps the source as written), not
// written as literals: V8 checks every literal's syntax when it parses the bundle, and each \p{…} class costs about a
// tenth of a millisecond to read (ICU builds its ranges), so a literal was read twice during import: about 5 ms of
// cold start for the 49 such patterns.
const WORD = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_]+|#[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:'[\p{L}]+)?`, 'gu');

/**
 * A \p{…} pattern inside a function, written unicode`^\p{Lu}\.` (the source as in a literal, u flag): built on its first
 * use and kept, one object per place it is written, so only for flags without g or y. As a literal it would be read
 * when the bundle is parsed and again on first use (see WORD).
 */
export function unicode(source: TemplateStringsArray): RegExp {
  let re = UNICODE.get(source);
  if (re === undefined) {
    if (source.length !== 1) throw new Error('unicode`…` takes no ${…}');
    UNICODE.set(source, (re = new RegExp(source.raw[0], 'u')));
  }
  return re;
}
const UNICODE = new WeakMap<TemplateStringsArray, RegExp>();

// Small \p{…} tests that many rules make, built once (see WORD for what a \p{…} literal costs).
const UPPER_FIRST = new RegExp(String.raw`^\p{Lu}`, 'u');
const LETTER = new RegExp(String.raw`\p{L}`, 'u');
const LETTER_OR_DIGIT = new RegExp(String.raw`[\p{L}\p{N}]`, 'u');
/** Whether the text starts with an upper-case letter of any script. */
export const startsUpper = (text: string) => UPPER_FIRST.test(text);
/** Whether the text holds a letter of any script. */
export const hasLetter = (text: string) => LETTER.test(text);
/** Whether the text holds a letter or a digit of any script. */
export const hasLetterOrDigit = (text: string) => LETTER_OR_DIGIT.test(text);

/** The word without its accents ("Ciarán" → "Ciaran"): reviews often spell a name without them. */
export const unaccented = (word: string) => (/[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word);

export function words(text: string, lower: string, offset = 0, sentence = 0): Word[] {
  const out: Word[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index! + offset;
    // ("Michael J. Fox": a middle initial's full stop does not part the name.)
    const gap = text.slice(previousEnd, m.index!);
    const joined = previousEnd >= 0 && (/^[\s/-]*$/.test(gap) || (/^\.[^\S\n]+$/.test(gap) && unicode`^\p{Lu}$`.test(text.slice(previousEnd - 1, previousEnd)) && !hasLetterOrDigit(text[previousEnd - 2] ?? '')));
    const listed = previousEnd >= 0 && /^,[^\S\n]+$/.test(gap);
    out.push({ start, end: start + m[0].length, text: m[0], lower: lower.slice(m.index!, m.index! + m[0].length), sentence, joined, listed });
    previousEnd = m.index! + m[0].length;
  }
  return out;
}

// A sentence ends at . ! ? … followed by space, or at a line break. Emoji runs end tweets' sentences too.
const SENTENCE_END = /(?<![.!?…])[.!?…]+["')\]]*(?=\s)|\n+/g;
// "Dr. Patel", "Mrs. Tran", "K. Morrison", "St. Mary's": a dot that does not end the sentence.
// Tested on lower-cased text: a case-insensitive Unicode pattern took several times longer to compile.
// ("4–6 mmol/L. If…": a unit's letter after a slash ends the sentence.)
const ABBREVIATION = new RegExp(String.raw`(?:(?:^|[^\p{L}'’]|(?<!\p{L})['’])(?:dr|dra|dre|mr|mrs|ms|mx|st|jr|sr|prof|sgt|capt|rev|vs|etc|approx|no|dept|ave|blvd|gov|sen|rep|gen|col|lt|mt|ft)|(?:^|[^\p{L}'’/\d]|(?<!\p{L})['’])[\p{Lu}\p{Ll}\p{Lt}])\.$`, 'u');

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index! - 6), m.index! + 1).toLowerCase())) continue;
    if (text.slice(start, end).trim()) out.push(trimSpan(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) out.push(trimSpan(text, start, text.length));
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

// The words of a term, as the text's words are cut (see WORD).
const TERM_WORD = new RegExp(String.raw`[\p{L}\p{N}]+(?:'[\p{L}]+)?`, 'gu');
// What comes before a term's first word ("(mild) asthma"): never part of a word.
const BEFORE_FIRST_WORD = new RegExp(String.raw`^[^\p{L}\p{N}\n]+`, 'gmu');
// The first word of each term, one term a line.
const FIRST_WORD = new RegExp(String.raw`^[\p{L}\p{N}]+(?:'[\p{L}]+)?`, 'gmu');

/**
 * A list of words and phrases (one line each) matched on word boundaries, longest phrase first, with simple
 * plurals. Nothing is done term by term when the list is made: building a map of every term took about a
 * quarter of the engine's import. The terms are kept sorted, with the set of words they start with, and a
 * word's phrases are read from the sorted terms the first time a text holds it. Matching walks the words of
 * a sentence.
 */
export class PhraseList {
  /** The terms, lower-cased, from their first word on, in Array#sort order. */
  private readonly sorted: readonly string[];
  /** The words the terms start with. */
  private readonly firsts: ReadonlySet<string>;
  /** The phrases (as words) that start with a word, longest first; filled as words are met. */
  private readonly byFirst = new Map<string, readonly string[][]>();

  constructor(terms: readonly string[]) {
    // One string, a term a line, so that each step below is one native call however long the list.
    const lines = terms.join('\n').toLowerCase().replace(BEFORE_FIRST_WORD, '');
    this.sorted = lines.split('\n').sort();
    this.firsts = new Set(lines.match(FIRST_WORD));
  }

  /** The phrases starting with `first`: in sorted order they sit among the terms that begin with its letters. */
  private phrasesFrom(first: string): readonly string[][] {
    let phrases = this.byFirst.get(first);
    if (phrases === undefined) {
      const found: string[][] = [];
      const sorted = this.sorted;
      for (let i = firstAtOrAfter(sorted, first); i < sorted.length && sorted[i].startsWith(first); i++) {
        // A plain letter or digit next means a longer first word ("asthma" after "a"): no need to cut the term.
        if (/[a-z\d]/.test(sorted[i].charAt(first.length))) continue;
        const parts = sorted[i].match(TERM_WORD)!;
        // ("hand, foot and mouth": a word after a comma in the term is marked, and may follow a comma in the text.)
        if (sorted[i].includes(',')) {
          const tokens = sorted[i].split(/\s+/);
          for (let k = 1; k < tokens.length; k++) if (tokens[k - 1].endsWith(',')) parts[k] = `,${parts[k]}`;
        }
        if (parts[0] === first) found.push(parts);
      }
      phrases = found.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, phrases);
    }
    return phrases;
  }

  has(word: string): boolean {
    return this.matchAt([{ lower: word, joined: false, listed: false }], 0) > 0;
  }

  /**
   * Words none of whose forms starts a term: most words of a text, and a long post's words are matched against
   * the same lists on every check.
   */
  private readonly startsNone = new Set<string>();

  /** Number of words matched at words[i] (0 when no phrase starts there). */
  matchAt(ws: readonly Pick<Word, 'lower' | 'joined' | 'listed'>[], i: number): number {
    const lower = ws[i].lower;
    if (this.startsNone.has(lower)) return 0;
    let starts = false;
    for (const first of variants(lower)) {
      if (!this.firsts.has(first)) continue;
      starts = true;
      for (const parts of this.phrasesFrom(first)) {
        if (parts.length === 1) return 1;
        if (i + parts.length > ws.length) continue;
        let ok = true;
        for (let k = 1; k < parts.length && ok; k++) {
          const afterComma = parts[k].startsWith(',');
          ok = (ws[i + k].joined || (afterComma && ws[i + k].listed)) && variants(ws[i + k].lower).includes(afterComma ? parts[k].slice(1) : parts[k]);
        }
        if (ok) return parts.length;
      }
    }
    if (!starts) {
      if (this.startsNone.size >= 20_000) this.startsNone.clear();
      this.startsNone.add(lower);
    }
    return 0;
  }

  /** All non-overlapping matches in a run of words. */
  find<W extends Word>(ws: readonly W[]): { start: number; end: number; first: number; last: number }[] {
    const out: { start: number; end: number; first: number; last: number }[] = [];
    for (let i = 0; i < ws.length; i++) {
      const n = this.matchAt(ws, i);
      if (n === 0) continue;
      out.push({ start: ws[i].start, end: ws[i + n - 1].end, first: i, last: i + n - 1 });
      i += n - 1;
    }
    return out;
  }
}

/**
 * A word list held as one string, a word per line in Array#sort order (as the generated lexicon files keep it),
 * looked up by halving. There is nothing to build: reading the big name and word lists as 30,000 separate
 * strings (or filling Sets with them) was a tenth of a cold start.
 */
export class SortedWords {
  // Looked-up words, remembered: a reply is re-read on every keystroke, and a search in the string costs ~1 µs.
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly lines: string) {}

  has(word: string): boolean {
    let found = this.seen.get(word);
    if (found === undefined) {
      if (this.seen.size >= 20_000) this.seen.clear();
      this.seen.set(word, (found = this.search(word)));
    }
    return found;
  }

  private search(word: string): boolean {
    const lines = this.lines;
    // The lines still in play run from `low` (a line's first character) to `high` (the end of a line).
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = lines.lastIndexOf('\n', middle - 1) + 1;
      const newline = lines.indexOf('\n', middle);
      const end = newline < 0 ? lines.length : newline;
      const found = lines.slice(start, end);
      if (found === word) return true;
      if (found < word) low = end + 1;
      else high = start - 1;
    }
    return false;
  }
}

/**
 * Results read from one sentence, kept by the sentence's text (and whatever else the key holds) for the last 2,000
 * sentences first read, one store per owner (the practice's names): re-reading a long post after one keystroke reads only
 * the sentence that changed.
 */
export class SentenceCache<T> {
  private readonly stores = new WeakMap<object, Map<string, T>>();

  get(owner: object, key: string, read: () => T): T {
    let store = this.stores.get(owner);
    if (!store) this.stores.set(owner, (store = new Map()));
    let value = store.get(key);
    if (value === undefined) {
      // The oldest sentence read goes first. (Moving a sentence to the back on every hit, to keep the most recently
      // used, cost a tenth of a re-check after one keystroke.)
      if (store.size >= MAX_CACHED_SENTENCES) store.delete(store.keys().next().value!);
      store.set(key, (value = read()));
    }
    return value;
  }
}
const MAX_CACHED_SENTENCES = 2000;

/** Whether strings sorted in Array#sort order hold `s`: looked up by halving, with nothing built first. */
export const inSorted = (sorted: readonly string[], s: string) => sorted[firstAtOrAfter(sorted, s)] === s;

/** Index of the first of the sorted strings that is not before `s`. */
export function firstAtOrAfter(sorted: readonly string[], s: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < s) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The word itself and its singular guesses ("teeth" stays; "braces" → "brace"; "stitches" → "stitch"). */
function variants(w: string): string[] {
  const out = [w];
  if (w.endsWith("'s")) out.push(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
    out.push(w.slice(0, -1));
    if (w.endsWith('es')) out.push(w.slice(0, -2));
    if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  }
  return out;
}

/** Whether the (lower-cased) text holds one of these words: a cheap gate before a long pattern is tried, and compiled. */
// V8 compiles a pattern the first time it runs: to bytecode on a short text, straight to machine code on a text of
// 1,000 characters or more. For the rules' large patterns the bytecode costs about three times as much, and a second
// run replaces it with machine code anyway. So the first run of a large pattern is made on the text padded to that
// length, and what it finds is dropped. (The padding is appended to the text itself because V8 compiles separately for
// one-byte and two-byte texts. It is dots: over a thousand spaces, a few patterns ran for a millisecond.)
const COMPILED = new WeakSet<RegExp>();
const PADDING = '.'.repeat(1000);
export function compileOnFirstRun(re: RegExp, text: string): void {
  if (COMPILED.has(re)) return;
  COMPILED.add(re);
  const at = re.lastIndex;
  re.exec(text.length >= PADDING.length ? text : text + PADDING);
  re.lastIndex = at;
}
/** `re.test(text)`, with the first run compiled as above: for large patterns tested once per check. */
export function tests(re: RegExp, text: string): boolean {
  return remembered(re, text, () => testOnce(re, text));
}
/** `re.test(text)`, with the first run compiled as above. */
export function testOnce(re: RegExp, text: string): boolean {
  compileOnFirstRun(re, text);
  return re.test(text);
}

/**
 * `test()`, answered from what a pattern found in the same short text during an earlier check of a long text. The rules
 * test large patterns on short pieces of a long post (the words before a health term, one sentence), and after a
 * keystroke nearly every piece is one the last check tested. (A short text's pieces are new on each check: remembering
 * them only cost time. Not for patterns with the g or y flag, whose answer depends on lastIndex.)
 */
export function remembered(re: RegExp, text: string, test: () => boolean): boolean {
  if (!inLongText || text.length > REMEMBERED_TEXT || re.global || re.sticky) return test();
  let seen = SEEN.get(re);
  if (!seen) SEEN.set(re, (seen = new Map()));
  let found = seen.get(text);
  if (found === undefined) {
    if (seen.size >= REMEMBERED_PER_PATTERN) seen.clear();
    seen.set(text, (found = test()));
  }
  return found;
}
const SEEN = new WeakMap<RegExp, Map<string, boolean>>();
const REMEMBERED_TEXT = 300;
const REMEMBERED_PER_PATTERN = 2000;
let inLongText = false;
/** Whether the text being checked is long enough for `remembered` to pay (set once per check). */
export function rememberTests(long: boolean): void {
  inLongText = long;
}

export const holdsAny = (lower: string, words: readonly string[]): boolean => words.some((w) => lower.includes(w));

/** Index of the sentence containing offset `at`. */
export function sentenceAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "Lip filler starts from $450 for 1ml": an amount after a price is what the price buys, not a dose. */
export function priced(lower: string, at: number): boolean {
  return /[$£€₹]\s?\d[\d,.]*(?:\s?[–-]\s?[$£€₹]?\d[\d,.]*)?\s(?:for|per|a|an)\s$/u.test(lower.slice(Math.max(0, at - 30), at));
}
