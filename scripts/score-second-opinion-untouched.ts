// The final, one-time check of the learned second opinion on blind4 (tests/corpus/blind4-*.jsonl, never
// read by training or by the leave-one-corpus-out evaluation): `npx tsx scripts/score-second-opinion-untouched.ts [SET…]`.
// Trains the patient-relationship model on all 13 corpora, chooses its threshold on their out-of-fold
// probabilities (as scripts/eval-second-opinion.ts does per fold) for a false-alarm cost of 1 and of 3,
// then scores blind4 with the rules alone and with the model adding that finding where the rules have none.
// Decided before running: it ships only if, pooled over both blind4 files, message recall rises and false
// alarms do not. First run (2026-12-03): the bare threshold. Second look, after a unit test showed the model
// flagging "Flu shots are due again every autumn" on the word "again": secondOpinion() as it ships, which
// also needs a reason about someone among its top three (docs/second-opinion.md has both results).
import { flaggedCategories, policyOf, readCorpus, readPolicy, CORPORA } from '../tests/corpus/score';
import { analyze, type RiskCategory } from '../rules';
import { isSecondOpinion, secondOpinion } from '../rules/second-opinion';
import { chooseAdd, DEFAULT_TRAIN, loadRows, outOfFold, ruleFacts, train } from './second-opinion-lib';

const PR: RiskCategory = 'patient-relationship';
const isPR = (r: { labels: Set<RiskCategory> }) => r.labels.has(PR);

const rows = loadRows();
const model = train(rows, isPR, DEFAULT_TRAIN, 'patient-relationship');
const p = outOfFold(rows, isPR, model, DEFAULT_TRAIN);
const choose = (cost: number) => chooseAdd(rows, p, (r) => !r.flagged.has(PR), cost);
const thresholds = { 1: choose(1), 3: choose(3) };
console.log(`patient-relationship model: ${Object.keys(model.weights).length} weights; thresholds: cost 1 → ${thresholds[1]}, cost 3 → ${thresholds[3]}`);

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const pooled = { rules: [0, 0, 0, 0], 1: [0, 0, 0, 0], 3: [0, 0, 0, 0] } as Record<string, number[]>;
// Another untouched set can be named instead: `… score-second-opinion-untouched.ts blind5-reviews blind5-education`.
const SETS = process.argv.length > 2 ? process.argv.slice(2) : ['blind4-reviews', 'blind4-education'];
for (const name of SETS) {
  const url = new URL(`${name}.jsonl`, CORPORA);
  const policy = readPolicy(policyOf(url));
  const counts = { rules: [0, 0, 0, 0], 1: [0, 0, 0, 0], 3: [0, 0, 0, 0] } as Record<string, number[]>;
  let prLabelled = 0;
  const prFound = { rules: 0, 1: 0, 3: 0 } as Record<string, number>;
  for (const m of readCorpus(url)) {
    const labels = new Set(m.labels);
    const flagged = flaggedCategories(analyze({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy).filter((f) => !isSecondOpinion(f)));
    const { doc, facts } = ruleFacts(m, policy);
    // As it ships: secondOpinion() speaks above the threshold, and only for a reason about someone.
    const speaks = (threshold: number) => secondOpinion(doc, facts, { threshold, model }) !== undefined;
    for (const v of ['rules', '1', '3']) {
      const got = new Set(flagged);
      if (v !== 'rules' && !got.has(PR) && speaks(thresholds[v as unknown as 1 | 3])) got.add(PR);
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
