// The one-time check of the learned second opinion on the untouched sets (UNTOUCHED in second-opinion-lib: never
// read by training or by the leave-one-corpus-out evaluation): `npx tsx scripts/score-second-opinion-untouched.ts [SET…]`.
// Trains the patient-relationship model on every corpus of CORPUS_FILES, chooses its threshold on VALIDATION_FILES (as
// training does) for a false-alarm cost of 1, 2 and 3 (shipped), then
// scores the untouched sets with the rules alone and with the model adding that finding where the rules have none.
// History: blind4 decided shipping (first run, 2026-12-03: recall up, false alarms not); blind5 and blind6 were
// scored once each after that, blind7 before and after the next round of rules; all four are training data now.
import { existsSync } from 'node:fs';
import { flaggedCategories, policyOf, readCorpus, readPolicy, CORPORA } from '../tests/corpus/score';
import { type RiskCategory } from '../rules';
import { analyzeRulesAlone } from '../rules/engine';
import { secondOpinion } from '../rules/second-opinion';
import { chooseAdd, DEFAULT_TRAIN, loadRows, ruleFacts, train, UNTOUCHED, VALIDATION_FILES } from './second-opinion-lib';
import { score } from '../rules/second-opinion';
import { GAIN_TOLERANCE } from './train-second-opinion';

const PR: RiskCategory = 'patient-relationship';
const isPR = (r: { labels: Set<RiskCategory> }) => r.labels.has(PR);

const rows = loadRows();
const model = train(rows, isPR, DEFAULT_TRAIN, 'patient-relationship');
// Thresholds are chosen as training chooses the shipped one: on the writers the model never learns from.
const validation = loadRows(VALIDATION_FILES);
const p = validation.map((r) => score(model, r.features).probability);
const choose = (cost: number) => chooseAdd(validation, p, (r) => !r.flagged.has(PR), cost, GAIN_TOLERANCE);
const thresholds = { 1: choose(1), 2: choose(2), 3: choose(3) };
console.log(`patient-relationship model: ${Object.keys(model.weights).length} weights; thresholds: cost 1 → ${thresholds[1]}, cost 2 → ${thresholds[2]}, cost 3 (shipped) → ${thresholds[3]}`);

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const pooled = { rules: [0, 0, 0, 0], 1: [0, 0, 0, 0], 2: [0, 0, 0, 0], 3: [0, 0, 0, 0] } as Record<string, number[]>;
// (blind19 has review replies only.)
const SETS = process.argv.length > 2 ? process.argv.slice(2) : UNTOUCHED.flatMap((u) => [`${u}-reviews`, `${u}-education`]).filter((name) => existsSync(new URL(`${name}.jsonl`, CORPORA)));
for (const name of SETS) {
  const url = new URL(`${name}.jsonl`, CORPORA);
  const policy = readPolicy(policyOf(url));
  const counts = { rules: [0, 0, 0, 0], 1: [0, 0, 0, 0], 2: [0, 0, 0, 0], 3: [0, 0, 0, 0] } as Record<string, number[]>;
  let prLabelled = 0;
  const prFound = { rules: 0, 1: 0, 2: 0, 3: 0 } as Record<string, number>;
  for (const m of readCorpus(url)) {
    const labels = new Set(m.labels);
    const flagged = flaggedCategories(analyzeRulesAlone({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy));
    const { doc, facts } = ruleFacts(m, policy);
    // As it ships: secondOpinion() speaks above the threshold, and only for a reason about someone.
    const speaks = (threshold: number) => secondOpinion(doc, facts, { threshold, model }) !== undefined;
    for (const v of ['rules', '1', '2', '3']) {
      const got = new Set(flagged);
      if (v !== 'rules' && !got.has(PR) && speaks(thresholds[v as unknown as 1 | 2 | 3])) got.add(PR);
      const c = counts[v];
      if (labels.size > 0) {
        c[0]++;
        if (got.size) c[1]++;
      } else {
        c[2]++;
        if (got.size) c[3]++;
      }
      if (labels.has(PR) && got.has(PR)) prFound[v]++;
    }
    if (labels.has(PR)) prLabelled++;
  }
  for (const v of ['rules', '1', '2', '3']) {
    counts[v].forEach((x, i) => (pooled[v][i] += x));
    const [risky, caught, safe, fa] = counts[v];
    console.log(`${name} ${v === 'rules' ? 'rules alone' : `+ model (cost ${v})`}: recall ${pct(caught, risky)} (${caught}/${risky}), false alarms ${pct(fa, safe)} (${fa}/${safe}), patient-relationship recall ${pct(prFound[v], prLabelled)}`);
  }
}
for (const v of ['rules', '1', '2', '3']) {
  const [risky, caught, safe, fa] = pooled[v];
  console.log(`pooled ${v === 'rules' ? 'rules alone' : `+ model (cost ${v})`}: recall ${pct(caught, risky)} (${caught}/${risky}), false alarms ${pct(fa, safe)} (${fa}/${safe})`);
}
