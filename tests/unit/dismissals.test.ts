import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/types';
import { Dismissals, flaggedWords } from '../../sites/dismissals';

/** A finding of `rule` over the first `words` in `text`. */
function finding(text: string, words: string, rule = 'person-name'): Finding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${words} not in ${text}`);
  return { rule, category: 'patient-identifier', severity: 'warn', start, end: start + words.length, message: '', why: '', suggestions: [] };
}

describe('Dismissals', () => {
  const before = 'Thanks Maria! Hope the strep clears up.';

  it('hides a dismissed finding while the rest of the draft changes around it, offsets included', () => {
    const d = new Dismissals();
    d.add([finding(before, 'Maria')], before);
    const after = 'Oh and thanks again Maria! Hope the strep clears up soon.';
    const maria = finding(after, 'Maria');
    const strep = finding(after, 'strep', 'health-details');
    expect(d.visible([maria, strep], after)).toEqual([strep]);
  });

  it('brings it back when its words change', () => {
    const d = new Dismissals();
    d.add([finding(before, 'Maria')], before);
    const after = 'Thanks Marian! Hope the strep clears up.';
    const marian = finding(after, 'Marian');
    expect(d.visible([marian], after)).toEqual([marian]);
  });

  it('is per rule: the same words flagged by another rule still show', () => {
    const d = new Dismissals();
    d.add([finding(before, 'Maria')], before);
    const other = finding(before, 'Maria', 'confirms-patient');
    expect(d.visible([other], before)).toEqual([other]);
  });

  it('reads the words with whitespace made one space, so an editor rewrapping them keeps the dismissal', () => {
    const d = new Dismissals();
    const text = 'See Maria Lopez soon';
    d.add([finding(text, 'Maria Lopez')], text);
    const rewrapped = 'See Maria\n Lopez soon';
    expect(flaggedWords(finding(rewrapped, 'Maria\n Lopez'), rewrapped)).toBe('Maria Lopez');
    expect(d.visible([finding(rewrapped, 'Maria\n Lopez')], rewrapped)).toEqual([]);
  });

  it('forgets everything when the draft ends', () => {
    const d = new Dismissals();
    const maria = finding(before, 'Maria');
    d.add([maria], before);
    d.clear();
    expect(d.visible([maria], before)).toEqual([maria]);
  });
});
