// The care-tie patterns are tried only when the text holds one of their words (rules/care-ties.ts). This
// checks, on every corpus message, that no pattern ever matches a text without one of its words, so the
// shortcut can never hide a tie.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../rules/care-ties';
import { lowerSameLength, normalize } from '../../rules/normalize';

const dir = new URL('../corpus/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string))
  .map((t) => lowerSameLength(normalize(t).text));

describe('care-tie patterns and their words', () => {
  it('reads the corpora', () => expect(texts.length).toBeGreaterThan(2000));
  FAMILIES.forEach(([pattern, what, needs], i) => {
    it(`pattern ${i + 1} (${what}) only matches texts holding one of ${JSON.stringify(needs)}`, () => {
      const missed = texts.filter((t) => [...t.matchAll(pattern)].length > 0 && !needs.some((w) => t.includes(w)));
      expect(missed).toEqual([]);
    });
  });
});
