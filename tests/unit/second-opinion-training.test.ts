// The learned second opinion's training (scripts/train-second-opinion.ts) is deterministic: the same
// corpora give byte-identical weights (trained on two small corpora to stay quick), and the model that
// ships is exactly what training on the corpora gives, so it cannot drift from its script or its data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_MODEL, trainShipped } from '../../scripts/train-second-opinion';
import { loadRows, stableJson, train } from '../../scripts/second-opinion-lib';
import { score } from '../../rules/second-opinion';

describe('second-opinion training', () => {
  const rows = loadRows(['blind-education.jsonl', 'holdout.jsonl']);
  const opts = { minCount: 3, l1: 0.0002, l2: 0.001, iterations: 60 };
  const once = () => stableJson(train(rows, (r) => r.labels.has('patient-relationship'), opts));

  it('gives the same bytes twice', () => {
    expect(once()).toBe(once());
  });

  it('writes sorted keys and rounded weights, and scores with them', () => {
    const model = JSON.parse(once());
    const keys = Object.keys(model.weights);
    expect(keys).toEqual([...keys].sort());
    for (const w of Object.values(model.weights) as number[]) expect(Math.round(w * 1000) / 1000).toBe(w);
    const opinion = score(model, rows[0].features);
    expect(opinion.probability).toBeGreaterThan(0);
    expect(opinion.probability).toBeLessThan(1);
    expect(opinion.top.length).toBeLessThanOrEqual(3);
  });

  it('the shipped model is what training on the corpora gives, byte for byte (else: npx tsx scripts/train-second-opinion.ts)', () => {
    expect(trainShipped()).toBe(readFileSync(SHIPPED_MODEL, 'utf8'));
  }, 180_000);
});
