// The gate before each pattern: a text holding none of the strings a pattern needs is not scanned with it. It must
// never skip a text the pattern would match, so besides examples, every long pattern the rules run is checked against
// every corpus text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../rules';
import { lowerSameLength, normalize } from '../../rules/normalize';
import { cannotMatch, keyedStrings, lacksAll, readRequiredStrings, requiredStrings, tableKey, textBits } from '../../rules/required-words';
import { rng } from '../seeded-random';
import READ_AHEAD from '../../rules/required-strings.json';
import { CORPORA, readCorpus, readPolicy, policyOf } from '../corpus/score';

describe('requiredStrings', () => {
  test.each([
    [/(?<![a-z])(?:colou?r|shade)s?(?![a-z])/g, ['colo', 'shade']],
    [/abc(?:d)?ef/, ['abc']],
    [/see you (?:on|at) (?:monday|tuesday)/g, ['see you ']],
    [/(?:see|seeing) (?:you|him)(?: again)?/g, ['see', 'seeing']], // a tie goes to the first part
    [/a\.b\.c|x\/y/, ['a.b.c', 'x/y']],
    [/(?:mg|ml)+ daily/, [' daily']],
    [/(?=quiet)q(?:x|y)z/, null], // a lookahead's words are not in the match, and one letter is too short
    [/(?:\d+|dose) of/, [' of']],
    [/(?:\d+|dose)(?:st|nd)?/, null], // one branch needs no letters
    [/(?:take|taking){0,2} it/, [' it']],
    [/\p{Lu}\p{L}+ said/u, [' said']],
    [/(?<name>dr|nurse) (?:[a-z]+)/, ['dr', 'nurse']],
    [/Hello/i, null], // case-insensitive: the strings could be any case
    [/(a)\1 again/, [' again']],
  ])('%s needs %j', (re, want) => {
    const got = requiredStrings(re);
    expect(got === null ? null : [...got].sort()).toEqual(want === null ? null : [...want].sort());
  });

  test('a malformed or unusual source gives no gate rather than a wrong one', () => {
    expect(requiredStrings(new RegExp('(?<who>ab)\\k<who>'))).toEqual(['ab']); // a back-reference adds no letters
    expect(requiredStrings(/[abc]|[def]/)).toBeNull();
  });
});

describe('lacksAll (the bits a text is read into before its strings are looked for)', () => {
  test('says a text lacks every string exactly when none is in it, for random texts and strings', () => {
    const random = rng(5);
    const alphabet = 'aeiost nrd.\'é—😊Ж';
    let checked = 0;
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let n = 0; n < 400; n++) {
      const text = pick(1 + Math.floor(random() * 300));
      const strings = Array.from({ length: 1 + Math.floor(random() * 6) }, () => (random() < 0.3 ? text.slice(Math.floor(random() * text.length)).slice(0, 2 + Math.floor(random() * 4)) : pick(2 + Math.floor(random() * 4))));
      const re = new RegExp(`(?:${strings.map((s) => s.replace(/[.\\]/g, '\\$&')).join('|')})`, 'g');
      const keyed = keyedStrings(re);
      if (!keyed) continue;
      checked++;
      expect(lacksAll(textBits(text), text, keyed), `${JSON.stringify(keyed.strings)} in ${JSON.stringify(text)}`).toBe(!keyed.strings.some((s) => text.includes(s)));
    }
    expect(checked).toBeGreaterThan(300);
  });
  test('a long text is looked up in its bits, for patterns of any length', () => {
    const long = 'thanks for coming in today. '.repeat(50);
    expect(cannotMatch(long, /(?:newborn|little one)/g)).toBe(true);
    expect(cannotMatch(long, /(?:newborn|coming in)/g)).toBe(false);
  });
});

describe('cannotMatch', () => {
  const LONG = new RegExp(`(?<![a-z])(?:${Array.from({ length: 40 }, (_, i) => `word${i} (?:one|two)`).join('|')}|see you (?:soon|later))(?![a-z])`, 'g');
  test('skips a long pattern only when the text holds none of its strings', () => {
    expect(cannotMatch('thanks for the kind words!', LONG)).toBe(true);
    expect(cannotMatch('we hope to see you soon', LONG)).toBe(false);
    expect(cannotMatch('word17 three', LONG)).toBe(false); // holds "word17 " though the pattern does not match
  });
  test('never skips a short pattern: reading it would cost what it saves', () => {
    expect(cannotMatch('nothing here', /see you (?:soon|later)/g)).toBe(false);
  });

  // Every long pattern the rules run (scanned or tested), gathered while they read the corpora, against every text of those corpora.
  const seen = new Set<RegExp>();
  const original = String.prototype.matchAll;
  const originalTest = RegExp.prototype.test;
  // Long patterns whose source was read: the ones the gate looks up in the table.
  const read = new Set<RegExp>();
  let readByRules: RegExp[] = [];
  const source = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')!;
  beforeAll(() => {
    Object.defineProperty(RegExp.prototype, 'source', {
      configurable: true,
      get(this: RegExp) {
        const text = source.get!.call(this) as string;
        if (text.length >= 300) read.add(this);
        return text;
      },
    });
    String.prototype.matchAll = function (this: string, re: RegExp) {
      seen.add(re);
      return original.call(this, re);
    } as typeof original;
    RegExp.prototype.test = function (this: RegExp, text: string) {
      seen.add(this);
      return originalTest.call(this, text);
    };
  });
  afterAll(() => {
    String.prototype.matchAll = original;
    RegExp.prototype.test = originalTest;
    Object.defineProperty(RegExp.prototype, 'source', source);
  });
  test("the rules' own long patterns: no text that holds a match is ever skipped", () => {
    read.clear(); // only the rules' patterns, not this file's examples
    const texts: string[] = [];
    for (const name of ['dev', 'reviews-dev', 'education-dev', 'blind14-reviews', 'blind15-education']) {
      const file = new URL(`${name}.jsonl`, CORPORA);
      const policy = readPolicy(policyOf(file));
      for (const m of readCorpus(file)) {
        analyze({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy);
        texts.push(lowerSameLength(normalize(m.text).text), lowerSameLength(normalize(m.context ?? '').text));
      }
    }
    readByRules = [...read]; // before this test reads any source itself
    const gated = [...seen].filter((re) => re.source.length >= 300 && requiredStrings(re));
    expect(gated.length).toBeGreaterThan(60);
    let matched = 0;
    for (const re of gated) {
      const probe = new RegExp(re.source, re.flags.replace('g', ''));
      for (const text of texts) {
        if (!originalTest.call(probe, text)) continue;
        matched++;
        expect(cannotMatch(text, re), `${re.source.slice(0, 80)}… on ${JSON.stringify(text.slice(0, 80))}`).toBe(false);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  test('the table read ahead of time holds every long pattern the rules ran, as the reader reads it now', () => {
    const table = READ_AHEAD.patterns as Record<string, readonly string[] | null>;
    const long = readByRules.filter((re) => !/[iy]/.test(re.flags));
    expect(long.length).toBeGreaterThan(60);
    for (const re of long) {
      const key = tableKey(re.source);
      expect(key in table, `${re.source.slice(0, 80)}… is not in rules/required-strings.json: run npm run gates`).toBe(true);
      expect(table[key], `${re.source.slice(0, 80)}… is out of date in rules/required-strings.json: run npm run gates`).toEqual(readRequiredStrings(re.source));
    }
  });
});
