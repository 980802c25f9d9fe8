// Leave-one-corpus-out evaluation of the learned second opinion: `npx tsx scripts/eval-second-opinion.ts`.
// For each corpus: train on all the others, choose the thresholds on the training corpora only (their
// out-of-fold probabilities from an inner leave-one-corpus-out, warm-started from the fold's model), then
// score the left-out corpus with (a) the rules alone, (b) rules + a patient-relationship model adding that
// finding when the rules have none, (c) rules + a message-level "risky" model adding a finding when the rules
// found nothing, (d) (c) + the "risky" model clearing the rules' findings when it finds the message very unlikely risky.
// Prints markdown tables; writes nothing.
import type { RiskCategory } from '../rules';
import { score } from '../rules/second-opinion';
import { chooseAdd, CORPUS_FILES, DEFAULT_TRAIN, loadRows, outOfFold, THRESHOLDS, train, type Row, type TrainOptions } from './second-opinion-lib';

/** The category the added model predicts (SO_TARGET=health-details … to evaluate another; "PR" in the tables). */
const PR = (process.env.SO_TARGET ?? 'patient-relationship') as RiskCategory;
/** A false alarm costs this many catches when the thresholds are chosen. */
const COST = Number(process.env.SO_COST ?? 3);
const INNER_ITERATIONS = 100;
const opts: TrainOptions = { ...DEFAULT_TRAIN, ...(process.env.SO_L1 ? { l1: Number(process.env.SO_L1) } : {}), ...(process.env.SO_MIN ? { minCount: Number(process.env.SO_MIN) } : {}) };

const isPR = (r: Row) => r.labels.has(PR);
const isRisky = (r: Row) => r.labels.size > 0;
/** Clearing the rules' findings: false alarms cleared minus COST × risky messages lost. */
function chooseRemove(rows: readonly Row[], p: readonly number[]): number {
  let best = -Infinity;
  let bestGain = 0;
  for (const t of THRESHOLDS.filter((t) => t <= 0.5)) {
    let gain = 0;
    rows.forEach((r, i) => {
      if (r.flagged.size === 0 || p[i] >= t) return;
      gain += isRisky(r) ? -COST : 1;
    });
    if (gain > bestGain) [best, bestGain] = [t, gain];
  }
  return best;
}

interface Verdict {
  rules: Set<RiskCategory>;
  add: Set<RiskCategory>;
  risky: Set<RiskCategory>;
  riskyRemove: Set<RiskCategory>;
  pr: number;
  pRisky: number;
}

const rows = loadRows();
const verdicts = new Map<Row, Verdict>();
const chosen: string[] = [];
for (const file of CORPUS_FILES) {
  const corpus = file.replace(/\.jsonl$/, '');
  const trainRows = rows.filter((r) => r.corpus !== corpus);
  const test = rows.filter((r) => r.corpus === corpus);
  const prModel = train(trainRows, isPR, opts, PR);
  const riskyModel = train(trainRows, isRisky, opts, 'risky');
  const pPR = outOfFold(trainRows, isPR, prModel, opts, INNER_ITERATIONS);
  const pRisky = outOfFold(trainRows, isRisky, riskyModel, opts, INNER_ITERATIONS);
  const tAdd = chooseAdd(trainRows, pPR, (r) => !r.flagged.has(PR), COST);
  const tRisky = chooseAdd(trainRows, pRisky, () => true, COST);
  const tRemove = chooseRemove(trainRows, pRisky);
  const never = (t: number) => (Number.isFinite(t) ? String(t) : 'never');
  chosen.push(`| ${corpus} | ${Object.keys(prModel.weights).length} | ${never(tAdd)} | ${never(tRisky)} | ${never(tRemove)} |`);
  for (const r of test) {
    const pr = score(prModel, r.features).probability;
    const pr2 = score(riskyModel, r.features).probability;
    const add = new Set(r.flagged);
    if (!add.has(PR) && pr > tAdd) add.add(PR);
    const risky = new Set(r.flagged);
    if (risky.size === 0 && pr2 > tRisky) risky.add(PR);
    const riskyRemove = pr2 < tRemove ? new Set<RiskCategory>() : risky;
    verdicts.set(r, { rules: r.flagged, add, risky, riskyRemove, pr, pRisky: pr2 });
  }
  console.error(`${corpus}: thresholds add ${tAdd}, remove ${tRemove}, risky ${tRisky}`);
}

type Variant = 'rules' | 'add' | 'risky' | 'riskyRemove';
const VARIANTS: Variant[] = ['rules', 'add', 'risky', 'riskyRemove'];
function metrics(sel: readonly Row[], v: Variant) {
  let risky = 0, caught = 0, safe = 0, fa = 0, pr = 0, prFound = 0;
  for (const r of sel) {
    const got = verdicts.get(r)![v];
    if (isRisky(r)) {
      risky++;
      if (got.size) caught++;
    } else {
      safe++;
      if (got.size) fa++;
    }
    if (isPR(r)) {
      pr++;
      if (got.has(PR)) prFound++;
    }
  }
  return { n: sel.length, risky, caught, safe, fa, pr, prFound };
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
function line(name: string, sel: readonly Row[]) {
  const m = Object.fromEntries(VARIANTS.map((v) => [v, metrics(sel, v)])) as Record<Variant, ReturnType<typeof metrics>>;
  const cell = (v: Variant) => `${pct(m[v].caught, m[v].risky)} / ${pct(m[v].fa, m[v].safe)}`;
  return `| ${name} | ${sel.length} | ${m.rules.risky} / ${m.rules.safe} | ${cell('rules')} | ${cell('add')} | ${cell('risky')} | ${cell('riskyRemove')} | ${pct(m.rules.prFound, m.rules.pr)} → ${pct(m.add.prFound, m.add.pr)} (${m.rules.pr}) | ${delta(m.add, m.rules)} | ${delta(m.risky, m.rules)} | ${delta(m.riskyRemove, m.rules)} |`;
}
function delta(a: ReturnType<typeof metrics>, b: ReturnType<typeof metrics>) {
  const s = (x: number) => (x >= 0 ? `+${x}` : `${x}`);
  return `${s(a.caught - b.caught)} / ${s(a.fa - b.fa)}`;
}

const header = '| corpus | messages | risky / safe | (a) rules alone: recall / false alarms | (b) + PR model adds | (c) + risky model adds | (d) (c) + clears | PR recall (a) → (b) (labelled) | (b) Δ caught / Δ false alarms | (c) Δ | (d) Δ |\n|---|---|---|---|---|---|---|---|---|---|---|';
console.log(`Options: ${JSON.stringify(opts)}, false alarm cost ${COST}\n`);
console.log(header);
for (const file of CORPUS_FILES) {
  const corpus = file.replace(/\.jsonl$/, '');
  console.log(line(corpus, rows.filter((r) => r.corpus === corpus)));
}
console.log(line('**pooled**', rows));
// The halves the rules were never tuned on (tests/corpus/README.md): the closest thing here to a new writer.
const untouched = (r: Row) => ['blind2-reviews', 'blind3-reviews', 'blind3-education', 'reviews-dev', 'education-dev'].includes(r.corpus) && r.index >= Math.ceil(r.corpusSize / 2);
const unread = (r: Row) => ['blind2-reviews', 'blind3-reviews', 'blind3-education'].includes(r.corpus) && r.index >= Math.ceil(r.corpusSize / 2);
console.log(line('second halves never tuned on (blind2, blind3 ×2)', rows.filter(unread)));
console.log(line('… and the real reviews/education second halves', rows.filter(untouched)));
console.log(line('first halves and whole tuned corpora', rows.filter((r) => !untouched(r))));
console.log('\n| left out | non-zero weights (patient-relationship) | PR adds above | "risky" adds above | "risky" clears below |\n|---|---|---|---|---|');
for (const c of chosen) console.log(c);

if (process.env.SO_DUMP) {
  console.log('\nChanged by the models (left-out corpus, variant, probabilities, labels, text):');
  for (const [r, v] of verdicts) {
    const what = v.add.size > v.rules.size ? 'PR adds' : v.risky.size > v.rules.size ? 'risky adds' : v.riskyRemove.size < v.risky.size ? 'clears' : '';
    if (what) console.log(`${r.id}\t${what}\t${v.pr.toFixed(2)}/${v.pRisky.toFixed(2)}\t${[...r.labels].join(',') || 'SAFE'}\t${r.message.text.slice(0, 140).replace(/\n/g, ' ')}`);
  }
}
