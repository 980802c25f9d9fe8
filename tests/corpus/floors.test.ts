// The quality floors on the development corpus (tests/corpus/dev.jsonl with dev-policy.json).
// `npm run eval` prints the same figures with the misses and false alarms.
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES } from '../../rules';
import { readCorpus, readPolicy, score, CORPORA } from './score';

const s = score(readCorpus(new URL('dev.jsonl', CORPORA)), readPolicy(new URL('dev-policy.json', CORPORA)));

describe('dev corpus quality floors', () => {
  it('reads the whole corpus', () => {
    expect(s.messages).toBe(300);
    expect(s.risky).toBe(150);
  });
  it('message recall is at least 95%', () => expect(s.recall).toBeGreaterThanOrEqual(0.95));
  it('false-positive rate is at most 5%', () => expect(s.falsePositiveRate).toBeLessThanOrEqual(0.05));
  for (const c of RISK_CATEGORIES) {
    it(`${c} recall is at least 90%`, () => expect(s.categories[c].recall).toBeGreaterThanOrEqual(0.9));
  }
});
