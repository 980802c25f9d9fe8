// Sentence splitting: the rules pair health words with people sentence by sentence, so a wrong
// split hides a risk or invents one.
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../rules/normalize';
import { compileOnFirstRun, PhraseList, sentences, tests, words } from '../../rules/text';

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

  it('ends a sentence after a unit\'s letter ("mmol/L.", "mg/dL.")', () => {
    expect(split('Aim for 4–7 mmol/L. If you feel shaky, eat something.')).toEqual(['Aim for 4–7 mmol/L.', 'If you feel shaky, eat something.']);
    expect(split('Under 100 mg/dL. Ask us anything.')).toHaveLength(2);
  });

  it('splits at ! ? … and line breaks', () => {
    expect(split('Great news! Are you free?\nCall us… soon')).toEqual(['Great news!', 'Are you free?', 'Call us…', 'soon']);
  });
});

// The first run of a large pattern is made on a padded copy of the text (V8 then compiles it straight to machine
// code); that run must leave no trace: the same answers, and a global pattern's position where it was.
describe('compileOnFirstRun() and tests()', () => {
  it("leaves a global pattern's lastIndex where it was", () => {
    const re = /see you/g;
    re.lastIndex = 7;
    compileOnFirstRun(re, 'we will see you soon');
    expect(re.lastIndex).toBe(7);
    expect(re.exec('we will see you soon')?.index).toBe(8);
  });

  it('answers as RegExp.test would, on the first run and after, for texts short and long, one- and two-byte', () => {
    const texts = ['see you tuesday', 'nothing here', 'see you 😊', 'x'.repeat(1200) + ' see you', 'the end.'];
    for (const text of texts) {
      const fresh = /(?<![a-z])see you(?![a-z])/;
      expect(tests(fresh, text)).toBe(/(?<![a-z])see you(?![a-z])/.test(text));
      expect(tests(fresh, text)).toBe(/(?<![a-z])see you(?![a-z])/.test(text));
    }
    // The dots of the padding are not the text's: a pattern that would match them still answers for the text alone.
    expect(tests(/\.{3}$/, 'no dots')).toBe(false);
    expect(tests(/\.{3}$/, 'three dots...')).toBe(true);
  });
});

describe('normalize() and text-speak', () => {
  const read = (text: string) => normalize(text).text;
  it('reads "u", "ur" and "u r" as the words they stand for, "ur" before a state as "you\'re"', () => {
    expect(read('see u thurs, ur x-rays are ready')).toBe('see you thurs, your x-rays are ready');
    expect(read('hope ur feeling better! U r a star')).toBe("hope you're feeling better! You are a star");
    expect(read('ur next appt is thurs, ur all set')).toBe("your next appt is thurs, you're all set");
  });
  it('leaves letters that are something else, and a Dutch or Afrikaans "u", as they are', () => {
    for (const text of ['U.S. rules', 'a u-turn', 'UR 12', 'Dank u wel!', 'sien uit na u volgende afspraak', 'Hoe gaat het met u?']) expect(read(text)).toBe(text);
  });
  it('maps every character of an expansion back to the word typed', () => {
    const text = 'so glad ur feeling better';
    const n = normalize(text);
    const at = n.text.indexOf("you're");
    expect(toOriginal(n, at, at + 6)).toEqual({ start: 8, end: 10 });
    const after = n.text.indexOf('feeling');
    expect(text.slice(toOriginal(n, after, after + 7).start, toOriginal(n, after, after + 7).end)).toBe('feeling');
  });
});

describe('PhraseList: terms written as a list', () => {
  const list = new PhraseList(['hand, foot and mouth', 'sore throat']);
  const found = (text: string) => list.find(words(text, text.toLowerCase())).map((m) => text.slice(m.start, m.end));
  it('matches a term with commas where the text has them, or none', () => {
    expect(found('She has hand, foot and mouth again')).toEqual(['hand, foot and mouth']);
    expect(found('She has hand foot and mouth again')).toEqual(['hand foot and mouth']);
  });
  it('lets a comma into a term only where the term has one', () => {
    expect(found('Wash your hand, foot and face')).toEqual([]);
    expect(found('hand foot, and mouth')).toEqual([]);
    expect(found('a sore, throat')).toEqual([]);
    expect(found('a sore throat')).toEqual(['sore throat']);
  });
});
