// Undo the usual evasions before matching, while remembering where every character came from,
// so findings always point at the original text (UTF-16 offsets, never inside a surrogate pair).
import { unicode } from './text';

export interface Normalized {
  /** The text detectors read: zero-width characters removed, look-alikes folded to ASCII. */
  text: string;
  /** For each character of `text`, the offset of the original code point it came from. */
  starts: Uint32Array;
  /** For each character of `text`, the end offset of that original code point. */
  ends: Uint32Array;
  originalLength: number;
}

// Invisible characters that split words without showing: zero-width space/joiners, word joiner,
// BOM, soft hyphen, combining grapheme joiner, Mongolian vowel separator, invisible operators.
const INVISIBLE = /^[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u180E]$/;

// Cyrillic and Greek letters that look like Latin ones (the common homoglyph set).
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ɡ: 'g', ı: 'i',
};

// Typographic punctuation folded so that word patterns ("patient's", "don't") match one way.
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u3000': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200A': ' ',
  '\uFF0E': '.', '\u2024': '.',
};

function fold(cp: string): string {
  if (INVISIBLE.test(cp)) return '';
  const mapped = PUNCTUATION[cp] ?? HOMOGLYPHS[cp];
  if (mapped !== undefined) return mapped;
  const code = cp.codePointAt(0)!;
  if (code < 0x80) return cp;
  // Lone surrogates cannot be matched by anything; keep the slot with a replacement character.
  if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
  // Full-width forms, mathematical alphanumerics, circled and super/subscript digits: NFKC gives ASCII.
  if ((code >= 0xff01 && code <= 0xff5e) || (code >= 0x1d400 && code <= 0x1d7ff) || (code >= 0x2070 && code <= 0x209f) || (code >= 0x2460 && code <= 0x24ff)) {
    const nfkc = cp.normalize('NFKC');
    if (/^[\x20-\x7e]+$/.test(nfkc)) return nfkc;
  }
  return cp;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  // Most text is plain ASCII: copy runs of it as they are and only fold the other characters. The offsets go straight
  // into typed arrays (a fold may lengthen the text: they grow then), not through a number per character in an array.
  const parts: string[] = [];
  let starts = new Uint32Array(n);
  let ends = new Uint32Array(n);
  let length = 0; // characters of the normalized text so far
  let run = 0; // start of the current ASCII run
  let i = 0;
  const flushRun = (to: number) => {
    if (to > run) {
      parts.push(original.slice(run, to));
      for (let k = run; k < to; k++) {
        starts[length] = k;
        ends[length++] = k + 1;
      }
    }
  };
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    flushRun(i);
    // A well-formed surrogate pair is one code point; a lone surrogate is one unit.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const out = fold(original.slice(i, i + width));
    if (length + out.length + (n - i - width) > starts.length) {
      const more = length + out.length + (n - i - width) + 16;
      const grownStarts = new Uint32Array(more);
      const grownEnds = new Uint32Array(more);
      grownStarts.set(starts.subarray(0, length));
      grownEnds.set(ends.subarray(0, length));
      starts = grownStarts;
      ends = grownEnds;
    }
    for (let k = 0; k < out.length; k++) {
      starts[length] = i;
      ends[length++] = i + width;
    }
    parts.push(out);
    i += width;
    run = i;
  }
  flushRun(n);
  return expandTextSpeak({ text: parts.join(''), starts: exactly(starts, length), ends: exactly(ends, length), originalLength: n });
}

/** The first `length` values, as an array of that length. */
const exactly = (values: Uint32Array, length: number) => (values.length === length ? values : values.slice(0, length));

// Text-speak staff type on X and in DMs ("see u thurs", "hope ur feeling better"): read as the words it stands for,
// so every pattern written for "you" and "your" reads it too. "ur" before an -ing word or a state is "you're" ("ur next
// appt", "ur back", "ur new one" stay "your").
// (Only lower case or a capital first letter: "UR" and "U.S." are something else.)
const TEXT_SPEAK = new RegExp(String.raw`(?<![\p{L}\p{N}'@#&._/-])(?:(u|U) (r)|(u|U|ur|Ur))(?![\p{L}\p{N}'@&/-]|\.\p{L})`, 'gu');
// Dutch and Afrikaans write "u" for a formal "you" ("Dr van Rensburg sien uit na u volgende afspraak"), which their own
// patterns read: expand only where an English word stands next to it.
const ENGLISH_WORD = /^(?:the|a|an|to|for|and|of|see|hope|thank|thanks|thx|ty|with|we|i|i'm|im|will|can|so|if|at|on|that|have|was|it|my|our|get|let|love|tell|when|how|what|are|r|did|do|could|would|should|just|glad|proud|miss|meet|from|about|make|sure|need|want|got|call|text|send|give|told|hey|hi|yes|ok|oh|lol|sorry|all|still|back|next|new|old|good|great|feeling|doing|going|coming|x-rays?|appointment|appt|results?|visit|slot|booked|fitting|thursday|thurs|friday|fri|monday|mon|tuesday|tues|tue|wednesday|weds|wed|saturday|sat|sunday|sun|tomorrow|today|tonight|soon|there|here|is|in|be|too|like|squeeze|fit|bring|pick|remind|reminding|anytime)$/;
function englishNextTo(text: string, at: number, end: number): boolean {
  const before = unicode`([\p{L}']+)[^\p{L}'\n.!?]{1,3}$`.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  const after = unicode`^[^\p{L}'\n.!?]{1,3}([\p{L}'-]+)`.exec(text.slice(end, end + 20))?.[1];
  return [before, after].some((w) => w !== undefined && ENGLISH_WORD.test(w.toLowerCase()));
}
const YOU_ARE_AFTER = /^ (?:[a-z]+ing|welcome|so|very|too|not|always|never|such|right|all|just|still|amazing|awesome|the best|a star|a legend|a champ|here|there|due|booked|fine|ok|okay|gonna|done)(?![a-z])/;

// A cheap look first: the full pattern (Unicode classes around the word) compiles slowly, and most texts hold no "u".
const MAYBE_TEXT_SPEAK = /\b[uU]r?\b/;

function expandTextSpeak(n: Normalized): Normalized {
  if (!MAYBE_TEXT_SPEAK.test(n.text)) return n;
  const found = [...n.text.matchAll(TEXT_SPEAK)].filter((m) => englishNextTo(n.text, m.index, m.index + m[0].length));
  if (found.length === 0) return n;
  const parts: string[] = [];
  // Each expansion adds at most four characters ("ur" → "you're", "u r" → "you are").
  const starts = new Uint32Array(n.text.length + 4 * found.length);
  const ends = new Uint32Array(starts.length);
  let length = 0;
  let from = 0;
  const copy = (to: number) => {
    parts.push(n.text.slice(from, to));
    starts.set(n.starts.subarray(from, to), length);
    ends.set(n.ends.subarray(from, to), length);
    length += to - from;
  };
  // Every character of a word's expansion maps to the whole original word.
  const put = (word: string, at: number, wordLength: number) => {
    parts.push(word);
    for (let k = 0; k < word.length; k++) {
      starts[length] = n.starts[at];
      ends[length++] = n.ends[at + wordLength - 1];
    }
  };
  const capital = (word: string, like: string) => (like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word);
  for (const m of found) {
    copy(m.index);
    if (m[2]) {
      put(capital('you', m[1]), m.index, 1);
      put(' ', m.index + 1, 1);
      put('are', m.index + 2, 1);
    } else {
      const word = m[3];
      const meant = word.length === 1 ? 'you' : YOU_ARE_AFTER.test(n.text.slice(m.index + 2, m.index + 24).toLowerCase()) ? "you're" : 'your';
      put(capital(meant, word), m.index, word.length);
    }
    from = m.index + m[0].length;
  }
  copy(n.text.length);
  return { text: parts.join(''), starts: exactly(starts, length), ends: exactly(ends, length), originalLength: n.originalLength };
}

/** Maps a half-open span of the normalized text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, n.text.length));
  return { start: n.starts[s], end: n.ends[e - 1] };
}

/** Lower-cases without changing length, so offsets stay shared with the normalized text. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// Leetspeak digits and symbols that stand in for letters inside names ("M4r1a", "J0rd@n").
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/** A word with leetspeak folded back to letters, or null when it is not a letters-and-digits mix. */
export function unleet(word: string): string | null {
  if (!/[a-z]/i.test(word) || !/[0-9@$|]/.test(word)) return null;
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return /^[a-z]+$/i.test(out) ? out : null;
}
