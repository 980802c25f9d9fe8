// Sentence splitting: the rules pair health words with people sentence by sentence, so a wrong
// split hides a risk or invents one.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../rules/text';

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences()', () => {
  it('ends a sentence after a contraction ("can\'t.", "don\'t.")', () => {
    expect(split("A brush can't. Once a day works.")).toEqual(["A brush can't.", 'Once a day works.']);
    expect(split("Please don't. Call us instead!")).toEqual(["Please don't.", 'Call us instead!']);
  });

  it('does not end a sentence at a title or an initial, even in quotes', () => {
    expect(split("Recap: 'Mrs. D', a teacher, fainted twice.")).toHaveLength(1);
    expect(split('Thanks to Dr. Patel and Gov. Reyes for coming.')).toHaveLength(1);
    expect(split('K. Morrison won the raffle. Congrats!')).toEqual(['K. Morrison won the raffle.', 'Congrats!']);
  });

  it('splits at ! ? … and line breaks', () => {
    expect(split('Great news! Are you free?\nCall us… soon')).toEqual(['Great news!', 'Are you free?', 'Call us…', 'soon']);
  });
});
