// The final, one-time check of the learned second opinion on blind4 (tests/corpus/blind4-*.jsonl, never
// read by training or by the leave-one-corpus-out evaluation): `npx tsx scripts/score-second-opinion-blind4.ts`.
// Trains the patient-relationship model on all 13 corpora, chooses its threshold on their out-of-fold
// probabilities (as scripts/eval-second-opinion.ts does per fold) for a false-alarm cost of 1 and of 3,
// then scores blind4 with the rules alone and with the model adding that finding where the rules have none.
// Decided before running: it ships only if, pooled over both blind4 files, message recall rises and false
// alarms do not.
import { flaggedCategories, policyOf, readCorpus, readPolicy, CORPORA } from '../tests/corpus/score';
import { analyze, type RiskCategory } from '../rules';
import { secondOpinionFeatures } from '../rules/second-opinion';
import { DEFAULT_TRAIN, loadRows, predict, ruleFacts, train, type Row } from './second-opinion-lib';

const PR: RiskCategory = 'patient-relationship';
const isPR = (r: { labels: Set<RiskCategory> }) => r.labels.has(PR);
const isRisky = (r: { labels: Set<RiskCategory> }) => r.labels.size > 0;
const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

const rows = loadRows();
const model = train(rows, isPR, DEFAULT_TRAIN, 'patient-relationship');
const p = new Array<number>(rows.length);
for (const c of [...new Set(rows.map((r) => r.corpus))]) {
  const inner = train(rows.filter((r) => r.corpus !== c), isPR, { ...DEFAULT_TRAIN, iterations: 100 }, 'patient-relationship', model);
  rows.forEach((r, i) => {
    if (r.corpus === c) p[i] = predict(inner, r.features);
  });
}
function choose(cost: number): number {
  let best = Infinity;
  let bestGain = 0;
  for (const t of THRESHOLDS) {
    let gain = 0;
    rows.forEach((r: Row, i) => {
      if (r.flagged.size > 0 || r.flagged.has(PR) || p[i] <= t) return;
      gain += isRisky(r) ? 1 : -cost;
    });
    if (gain > bestGain) [best, bestGain] = [t, gain];
  }
  return best;
}
const thresholds = { 1: choose(1), 3: choose(3) };
console.log(`patient-relationship model: ${Object.keys(model.weights).length} weights; thresholds: cost 1 → ${thresholds[1]}, cost 3 → ${thresholds[3]}`);

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const pooled = { rules: [0, 0, 0, 0], 1: [0, 0, 0, 0], 3: [0, 0, 0, 0] } as Record<string, number[]>;
for (const name of ['blind4-reviews', 'blind4-education']) {
  const url = new URL(`${name}.jsonl`, CORPORA);
  const policy = readPolicy(policyOf(url));
  const counts = { rules: [0, 0, 0, 0], 1: [0, 0, 0, 0], 3: [0, 0, 0, 0] } as Record<string, number[]>;
  let prLabelled = 0;
  const prFound = { rules: 0, 1: 0, 3: 0 } as Record<string, number>;
  for (const m of readCorpus(url)) {
    const labels = new Set(m.labels);
    const flagged = flaggedCategories(analyze({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy));
    const { doc, facts } = ruleFacts(m, policy);
    const pr = predict(model, secondOpinionFeatures(doc, facts));
    for (const v of ['rules', '1', '3']) {
      const got = new Set(flagged);
      if (v !== 'rules' && !got.has(PR) && pr > thresholds[v as unknown as 1 | 3]) got.add(PR);
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
  for (const v of ['rules', '1', '3']) {
    counts[v].forEach((x, i) => (pooled[v][i] += x));
    const [risky, caught, safe, fa] = counts[v];
    console.log(`${name} ${v === 'rules' ? 'rules alone' : `+ model (cost ${v})`}: recall ${pct(caught, risky)} (${caught}/${risky}), false alarms ${pct(fa, safe)} (${fa}/${safe}), patient-relationship recall ${pct(prFound[v], prLabelled)}`);
  }
}
for (const v of ['rules', '1', '3']) {
  const [risky, caught, safe, fa] = pooled[v];
  console.log(`pooled ${v === 'rules' ? 'rules alone' : `+ model (cost ${v})`}: recall ${pct(caught, risky)} (${caught}/${risky}), false alarms ${pct(fa, safe)} (${fa}/${safe})`);
}
