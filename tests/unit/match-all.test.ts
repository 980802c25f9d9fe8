// matchAll scans a document piece by piece and reuses each pattern's matches in the pieces an edit left alone:
// its answer must be the whole-text scan's, edit after edit.
import { describe, expect, test } from 'vitest';
import { matchAll } from '../../rules/detector';
import { sentences } from '../../rules/text';
import { rng } from '../seeded-random';

// Padded past the length from which matchAll scans piece by piece.
const PAD = ' '.repeat(1000);
const doc = (text: string) => ({ text: text + PAD, lower: (text + PAD).toLowerCase(), sentences: sentences(text + PAD) });
const spans = (found: { start: number; end: number }[]) => found.map((m) => `${m.start}-${m.end}`);
const wholeText = (text: string, re: RegExp) => [...(text + PAD).toLowerCase().matchAll(re)].map((m) => `${m.index}-${m.index! + m[0].length}`);

const PATTERNS = [
  /(?<![a-z])(?:saw you|see you (?:on|at|next) [a-z0-9]+|nov\. \d+|dr\. [a-z]+|tomorrow)(?![a-z])/g,
  /(?<![a-z0-9])\d{1,2}:\d{2}(?![0-9])/g,
  /^thanks/g, // the text's start: each piece is read with the text before it
  /(?:^|[.!?]\s*)(?:see you|thanks)(?![a-z])/g, // a match that begins at the full stop before a piece
  /(?<=^|[.!?] )(?:tomorrow|great)(?![a-z])/g, // what comes before a piece, read behind
  /(?:^|[^a-z])(?:saw|try) (?:you|something)(?![a-z])/g,
  /(?<![a-z])(?:e\.g\. tylenol|😊 see you)(?![a-z])/g, // across an abbreviation; an emoji a sentence starts with
];
const PIECES = ['Thanks Maria!', 'See you on Tuesday.', 'Your follow-up with Dr. Lee is on Nov. 4 at 9:40.', 'We saw you at 10:15 today.', 'see you next week', 'J. Smith called.', 'Tomorrow is fine!', '\n', 'Great job. see you at 3:30.', 'Thanks! 😊 See you at 9:40.', 'Try something for the pain, e.g. Tylenol.', 'All done, ok. See you soon.'];

describe('matchAll', () => {
  test('finds what a whole-text scan finds, across "Nov. 4" and "Dr. Lee"', () => {
    const text = 'Your follow-up with Dr. Lee is on Nov. 4 at 9:40. See you then.';
    for (const re of PATTERNS) expect(spans(matchAll(doc(text), re))).toEqual(wholeText(text, re));
    expect(spans(matchAll(doc(text), PATTERNS[0]))).toContain('34-40'); // "nov. 4"
  });

  test('after each of 400 random edits, and for texts it has seen before, it still finds what a whole-text scan finds', () => {
    const random = rng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    let text = Array.from({ length: 20 }, () => pick(PIECES)).join(' ');
    const seen: string[] = [];
    for (let n = 0; n < 400; n++) {
      const at = Math.floor(random() * text.length);
      const r = random();
      text = r < 0.4 ? text.slice(0, at) + pick(['a', ' ', '.', 'N', '4', ':', '\n']) + text.slice(at) : r < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ' ' + pick(PIECES) + ' ' + text.slice(at);
      seen.push(text);
      const again = n % 7 === 0 ? pick(seen) : text;
      for (const re of PATTERNS) expect(spans(matchAll(doc(again), re)), JSON.stringify(again)).toEqual(wholeText(again, re));
    }
  });
});
