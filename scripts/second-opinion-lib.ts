// Shared by scripts/train-second-opinion.ts and scripts/eval-second-opinion.ts: the corpora, the features of
// every message (the engine's rules run first, as in analyze()), and an L1+L2 logistic regression trained by
// FISTA with backtracking — full batch, fixed iteration count, no randomness, so the same input gives the same weights.
import { buildDoc } from '../rules/doc';
import { analyzeRulesAlone, readRules } from '../rules/engine';
import { type Policy, type RiskCategory } from '../rules';
import { score, secondOpinionFeatures, type Features, type SecondOpinionModel } from '../rules/second-opinion';
import { CORPORA, flaggedCategories, policyOf, readCorpus, readPolicy, type LabelledMessage } from '../tests/corpus/score';

/** The corpora the second opinion learns from and is cross-validated on. Named one by one: a new file
 * (such as a blind test set being written) is never picked up by accident. */
export const CORPUS_FILES = [
  'dev.jsonl', 'reviews-dev.jsonl', 'education-dev.jsonl',
  'holdout.jsonl', 'holdout2.jsonl', 'holdout3.jsonl', 'holdout4.jsonl', 'holdout5.jsonl',
  'blind-reviews.jsonl', 'blind-education.jsonl', 'blind2-reviews.jsonl', 'blind3-reviews.jsonl', 'blind3-education.jsonl',
  ...['4', '5', '6', '7', '8', '9', '10', '11'].flatMap((n) => [`blind${n}-reviews.jsonl`, `blind${n}-education.jsonl`]),
] as const;
// blind4-11 were left out until the seventh session: their writers label thanks relayed to staff as confirming a
// patient where the real replies of reviews-dev do not, and trained on blind4-7 the model flagged five safe real
// replies. Held out one writer at a time (docs/second-opinion.md, "Seventh session"), training on them as well added
// fewer false alarms than the narrower model, on the blind sets and on reviews-dev alike.

/** Writers the model never learns from, on which its threshold is chosen (eighth session): chosen on the training
 * corpora's out-of-fold probabilities, the threshold had moved between 0.46 and 0.61 with every rule change, and
 * at 0.46 it added six false alarms for 18 catches on these sets. blind16 joined them in the ninth session, once
 * blind17 took its place as an untouched set. In the nineteenth session every other writer the model never learns
 * from and nobody keeps untouched joined them (blind17, 18, 20-29, 31: about 8,000 messages where there were 2,000):
 * on four writers one message moved the threshold from 0.52 to 0.59, and the change cost six catches elsewhere.
 * blind30 joined in the twentieth session, when blind32 took its place as an untouched set, and so did blind33;
 * blind32 and blind35 in the twenty-first, when blind34 took blind32's place; blind34 and
 * blind37 in the twenty-second, when blind36 took blind34's place; blind36 and blind39 in the twenty-third, when
 * blind38 took blind36's place; blind38 and blind41 in the twenty-fourth, when blind40 took blind38's place; blind40 and
 * blind43 in the twenty-fifth, when blind42 took blind40's place; blind42 and blind45 in the twenty-sixth, when blind44
 * took blind42's place; blind44, blind47 and blind48 in the twenty-seventh, when blind46 took blind44's place; blind46 and blind50 in the twenty-eighth,
 * when blind49 took blind46's place; blind49 in the twenty-ninth, when blind51 took its place; blind51 in the thirtieth, when blind52 took its place; blind52 in the thirty-first, when blind53 took its place; blind53 in the thirty-second, when blind54 took its place; blind54 in the thirty-third, when blind55 took its place; blind55 in the thirty-fourth, when blind56 took its place; blind56 in the thirty-fifth, when blind57 took its place; blind57 in the thirty-sixth, when blind58 took its place; blind58 in the thirty-seventh, when blind59 took its place; blind59 in the thirty-eighth, when blind60 took its place; blind60 in the thirty-ninth, when blind61 took its place; blind61 in the fortieth, when blind62 took its place. */
export const VALIDATION_FILES = ['13', '14', '15', '16', '17', '18', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61'].flatMap((n) => [`blind${n}-reviews.jsonl`, `blind${n}-education.jsonl`]);

/** The sets kept untouched for the next report: never read here. */
export const UNTOUCHED = ['blind12', 'blind19', 'blind62'] as const;

export interface Row {
  corpus: string;
  id: string;
  /** Index in its corpus (for halves). */
  index: number;
  corpusSize: number;
  labels: Set<RiskCategory>;
  /** Categories the rules flag (warn or block) with the corpus's policy. */
  flagged: Set<RiskCategory>;
  features: Features;
  message: LabelledMessage;
}

/** The rules' facts for one message, without the second opinion (it reads them). */
export function ruleFacts(message: LabelledMessage, policy: Policy) {
  const doc = buildDoc({ text: message.text, site: message.site, kind: message.kind, context: message.context }, policy);
  return { doc, facts: readRules(doc) };
}

export function loadRows(files: readonly string[] = CORPUS_FILES): Row[] {
  const rows: Row[] = [];
  for (const file of files) {
    const untouched = UNTOUCHED.find((u) => file.startsWith(u));
    if (untouched) throw new Error(`${untouched} is an untouched test set: never read it here`);
    const url = new URL(file, CORPORA);
    const policy = readPolicy(policyOf(url));
    const messages = readCorpus(url);
    messages.forEach((m, index) => {
      const { doc, facts } = ruleFacts(m, policy);
      // The rules' verdict as score.ts counts it; the second opinion is not part of "rules alone".
      const findings = analyzeRulesAlone({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy);
      rows.push({ corpus: file.replace(/\.jsonl$/, ''), id: m.id, index, corpusSize: messages.length, labels: new Set(m.labels), flagged: flaggedCategories(findings), features: secondOpinionFeatures(doc, facts), message: m });
    });
  }
  return rows;
}

export interface TrainOptions {
  /** A feature is kept when at least this many training messages have it. */
  minCount: number;
  l1: number;
  l2: number;
  iterations: number;
}

export const DEFAULT_TRAIN: TrainOptions = { minCount: 3, l1: 0.0002, l2: 0.001, iterations: 300 };

/** Trains P(target | features) on the rows. Deterministic: sorted vocabulary, full-batch FISTA. */
/** `init` warm-starts from another model's weights (the cross-validation's inner folds start from the fold's model). */
export function train(rows: readonly Row[], target: (r: Row) => boolean, opts: TrainOptions = DEFAULT_TRAIN, name = 'patient-relationship', init?: SecondOpinionModel): SecondOpinionModel {
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of r.features.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= opts.minCount).map(([k]) => k).sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const X = rows.map((r) => Int32Array.from([...r.features.keys()].map((k) => index.get(k) ?? -1).filter((i) => i >= 0).sort((a, b) => a - b)));
  const y = rows.map((r) => (target(r) ? 1 : 0));
  const n = rows.length;
  const d = vocab.length;

  // Parameters: w[0..d-1], bias b (not penalised).
  const loss = (w: Float64Array, b: number, grad?: Float64Array): [number, number] => {
    let total = 0;
    let gb = 0;
    if (grad) grad.fill(0);
    for (let i = 0; i < n; i++) {
      let z = b;
      const xi = X[i];
      for (let j = 0; j < xi.length; j++) z += w[xi[j]];
      // log(1 + e^z) - y z, computed stably
      total += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
      if (grad) {
        const g = 1 / (1 + Math.exp(-z)) - y[i];
        gb += g;
        for (let j = 0; j < xi.length; j++) grad[xi[j]] += g;
      }
    }
    let smooth = total / n;
    for (let j = 0; j < d; j++) smooth += (opts.l2 / 2) * w[j] * w[j];
    if (grad) for (let j = 0; j < d; j++) grad[j] = grad[j] / n + opts.l2 * w[j];
    return [smooth, gb / n];
  };
  const shrink = (v: number, t: number) => (v > t ? v - t : v < -t ? v + t : 0);

  let w: Float64Array = new Float64Array(d);
  let b = init?.bias ?? 0;
  if (init) vocab.forEach((k, j) => (w[j] = init.weights[k] ?? 0));
  let vW: Float64Array = Float64Array.from(w); // extrapolated point
  let vB = b;
  let tk = 1;
  let step = 1;
  const grad = new Float64Array(d);
  for (let it = 0; it < opts.iterations; it++) {
    const [fv, gb] = loss(vW, vB, grad);
    // Backtracking: halve the step until the quadratic bound holds.
    let next: Float64Array;
    let nextB: number;
    for (;;) {
      next = new Float64Array(d);
      for (let j = 0; j < d; j++) next[j] = shrink(vW[j] - step * grad[j], step * opts.l1);
      nextB = vB - step * gb;
      const [fn] = loss(next, nextB);
      let q = fv + (nextB - vB) * gb;
      let sq = (nextB - vB) ** 2;
      for (let j = 0; j < d; j++) {
        const diff = next[j] - vW[j];
        q += diff * grad[j];
        sq += diff * diff;
      }
      if (fn <= q + sq / (2 * step) + 1e-12 || step < 1e-6) break;
      step /= 2;
    }
    const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
    const momentum = (tk - 1) / tNext;
    const v2 = new Float64Array(d);
    for (let j = 0; j < d; j++) v2[j] = next![j] + momentum * (next![j] - w[j]);
    vB = nextB! + momentum * (nextB! - b);
    vW = v2;
    w = next!;
    b = nextB!;
    tk = tNext;
  }
  const weights: Record<string, number> = {};
  vocab.forEach((k, j) => {
    const v = Math.round(w[j] * 1000) / 1000;
    if (v !== 0) weights[k] = v;
  });
  return { target: name, bias: Math.round(b * 1000) / 1000, weights };
}

/** Keys sorted at every level, so the same model always serialises to the same bytes. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort(value), null, 0) + '\n';
}

/** The thresholds tried when choosing where a model speaks. */
export const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Out-of-fold probabilities on the training rows: an inner leave-one-corpus-out, each inner model warm-started from `outer`. */
export function outOfFold(rows: readonly Row[], target: (r: Row) => boolean, outer: SecondOpinionModel, opts: TrainOptions, iterations = 100): number[] {
  const p = new Array<number>(rows.length);
  for (const c of [...new Set(rows.map((r) => r.corpus))]) {
    const model = train(rows.filter((r) => r.corpus !== c), target, { ...opts, iterations }, outer.target, outer);
    rows.forEach((r, i) => {
      if (r.corpus === c) p[i] = score(model, r.features).probability;
    });
  }
  return p;
}

/**
 * The threshold above which adding a finding pays on the training rows: risky messages newly caught minus
 * `cost` × safe messages newly flagged, over the messages the rules left clean that `eligible` admits.
 * The gain is flat over a wide band (about 0.30–0.46 after the seventh session's rules), so the best threshold
 * jumped with every small rule change; of thresholds within `tolerance` of the best gain, the highest is taken: it
 * adds the fewest findings for nearly the same gain. Infinity ("never") when no threshold gains anything.
 */
export function chooseAdd(rows: readonly Row[], p: readonly number[], eligible: (r: Row) => boolean, cost: number, tolerance = 0): number {
  const gains = THRESHOLDS.map((t) => {
    let gain = 0;
    rows.forEach((r, i) => {
      if (r.flagged.size > 0 || !eligible(r) || p[i] <= t) return;
      gain += r.labels.size > 0 ? 1 : -cost;
    });
    return gain;
  });
  const bestGain = Math.max(...gains);
  if (bestGain <= 0) return Infinity;
  let best = Infinity;
  THRESHOLDS.forEach((t, i) => {
    if (gains[i] > 0 && gains[i] >= bestGain * (1 - tolerance)) best = t;
  });
  return best;
}
