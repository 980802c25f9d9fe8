// custom-term: the practice's own deny terms, with each term's severity and message. Allow terms
// silence findings inside them. The dev policy has no deny terms, so it never fires there.
import { describe, expect, it } from 'vitest';
import { analyze, loadPolicy } from '../../rules';
import { DEV_POLICY, ruleTester } from './rule-tester';

const policy = loadPolicy({
  ...DEV_POLICY,
  customTerms: {
    deny: [
      { term: 'Botox', severity: 'block', message: 'Cosmetic brand names need the practice manager\'s OK.' },
      { term: 'pain-free', severity: 'warn', message: '' },
      { term: 'lifetime guarantee', severity: 'info', message: 'We cannot promise results.' },
    ],
    allow: ['Botox Tuesday'],
  },
}).policy;

ruleTester('custom-term', {
  valid: [
    { text: 'Botox Tuesday is back! Ask the front desk about pricing.', policy },
    { text: 'We treat chronic pain with a whole-team approach.', policy },
    { text: 'Every night guard comes with a one-year guarantee.', policy },
    { text: 'Botox is back in stock. Book your consult!' },
    { text: 'Our hygienists are known for gentle cleanings.', policy },
    { text: 'Botoxed? No, just well rested after our new sleep-apnea clinic.', policy },
    { text: 'Pain, free coffee and a long wait: the three things we want to fix this year.', policy },
  ],
  invalid: [
    { text: 'Botox is back in stock. Book your consult!', policy, span: 'Botox' },
    { text: 'BOTOX specials all week long 💉', site: 'x', policy, span: 'BOTOX' },
    { text: 'Our new pain-free fillings are here!', policy, span: 'pain-free' },
    { text: 'Every veneer comes with a lifetime   guarantee.', policy, span: 'lifetime   guarantee' },
    { text: 'Bo\u200Btox and filler nights are back!', policy, span: 'Bo\u200Btox' },
    { text: 'Ｂｏｔｏｘ happy hour starts at 5.', policy, span: 'Ｂｏｔｏｘ' },
    { text: 'Botox Tuesday is back, and so is Botox Thursday.', policy, span: 'Botox' },
  ],
});

describe('custom-term severity and message', () => {
  it('takes the severity and message from the deny term', () => {
    const [f] = analyze({ text: 'Botox night!', site: 'facebook', kind: 'post' }, policy).filter((x) => x.rule === 'custom-term');
    expect(f).toMatchObject({ rule: 'custom-term', category: 'custom-term', severity: 'block', message: 'Cosmetic brand names need the practice manager\'s OK.' });
  });
  it('falls back to a default message', () => {
    const [f] = analyze({ text: 'Pain-free cleanings!', site: 'facebook', kind: 'post' }, policy).filter((x) => x.rule === 'custom-term');
    expect(f.severity).toBe('warn');
    expect(f.message).not.toBe('');
  });
  it('keeps the term\'s severity when the rule is set to another severity, and is silenced by "off"', () => {
    const info = loadPolicy({ ...policy, rules: { 'custom-term': 'info' } }).policy;
    expect(analyze({ text: 'Botox night!', site: 'facebook', kind: 'post' }, info).find((x) => x.rule === 'custom-term')?.severity).toBe('block');
    const off = loadPolicy({ ...policy, rules: { 'custom-term': 'off' } }).policy;
    expect(analyze({ text: 'Botox night!', site: 'facebook', kind: 'post' }, off).filter((x) => x.rule === 'custom-term')).toEqual([]);
  });
});
