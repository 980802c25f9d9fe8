// The quality floors (issue 8) on the corpora the engine is tuned on: the development corpus, and the first
// halves of the real review replies and of the real education posts and answers. Their second halves and
// the blind corpora are scored by `npm run eval -- --half second`, not tested, so nobody tunes on them.
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES } from '../../rules';
import { halves, policyOf, readCorpus, readPolicy, score, CORPORA } from './score';

interface Floor {
  file: string;
  /** The tuning half (the first, with an odd corpus's extra message), or the whole file. */
  firstHalf: boolean;
  messages: number;
  recall: number;
  falsePositiveRate: number;
  /** Every category with at least 10 labelled messages. */
  categoryRecall: number;
  /** Categories held to a lower floor, with the reason. */
  exceptions?: Partial<Record<(typeof RISK_CATEGORIES)[number], { floor: number; why: string }>>;
}

const FLOORS: Floor[] = [
  { file: 'dev.jsonl', firstHalf: false, messages: 300, recall: 0.97, falsePositiveRate: 0.02, categoryRecall: 0.93 },
  {
    file: 'reviews-dev.jsonl', firstHalf: true, messages: 191, recall: 0.95, falsePositiveRate: 0.03, categoryRecall: 0.93,
    exceptions: {
      // Two of its ten health-details labels name no condition, symptom or treatment, which LABELING.md
      // requires: rd-130 ("women's health is so important") and rd-184 ("if you feel you are not recovering").
      'health-details': { floor: 0.8, why: 'two of ten labels name no condition (rd-130, rd-184)' },
    },
  },
  { file: 'education-dev.jsonl', firstHalf: true, messages: 60, recall: 0.95, falsePositiveRate: 0.05, categoryRecall: 0.93 },
];

for (const floor of FLOORS) {
  const url = new URL(floor.file, CORPORA);
  const all = readCorpus(url);
  const messages = floor.firstHalf ? halves(all)[0] : all;
  const s = score(messages, readPolicy(policyOf(url)));

  describe(`${floor.file}${floor.firstHalf ? ' (first half)' : ''} quality floors`, () => {
    it(`reads ${floor.messages} messages`, () => expect(s.messages).toBe(floor.messages));
    it(`message recall is at least ${floor.recall * 100}%`, () => expect(s.recall).toBeGreaterThanOrEqual(floor.recall));
    it(`false-positive rate is at most ${floor.falsePositiveRate * 100}%`, () => expect(s.falsePositiveRate).toBeLessThanOrEqual(floor.falsePositiveRate));
    for (const c of RISK_CATEGORIES) {
      if (s.categories[c].labelled < 10) continue;
      const exception = floor.exceptions?.[c];
      const min = exception?.floor ?? floor.categoryRecall;
      it(`${c} recall is at least ${Math.round(min * 100)}% (${s.categories[c].labelled} labelled)${exception ? `: ${exception.why}` : ''}`, () => {
        expect(s.categories[c].recall).toBeGreaterThanOrEqual(min);
      });
    }
  });
}
