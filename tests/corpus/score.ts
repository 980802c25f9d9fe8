// Scores the engine on a labelled corpus (JSON Lines, see tests/corpus/LABELING.md).
// A message counts as flagged for a category when it has a warn or block finding of that category.
import { existsSync, readFileSync } from 'node:fs';
import { analyze, loadPolicy, RISK_CATEGORIES, type AnalyzeInput, type Finding, type Policy, type RiskCategory } from '../../rules';

export interface LabelledMessage extends AnalyzeInput {
  id: string;
  labels: RiskCategory[];
  note?: string;
}

export interface Score {
  messages: number;
  risky: number;
  safe: number;
  recall: number;
  falsePositiveRate: number;
  categories: Record<RiskCategory, { labelled: number; found: number; recall: number; flagged: number; precision: number }>;
  misses: { id: string; missing: RiskCategory[]; text: string }[];
  falseAlarms: { id: string; extra: RiskCategory[]; text: string; why: string[] }[];
}

/** The labelled corpora and their policies, copied into the repo (see tests/corpus/README.md). */
export const CORPORA = new URL('./', import.meta.url);

/** A corpus's own policy: `reviews-dev.jsonl` → `reviews-policy.json`, else the dev policy. */
export function policyOf(corpus: URL): URL {
  const own = new URL(corpus.href.replace(/(?:-dev)?\.jsonl$/, '-policy.json'));
  return existsSync(own) ? own : new URL('dev-policy.json', CORPORA);
}

export function readCorpus(file: URL): LabelledMessage[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledMessage);
}

/** A corpus's tuning half and untouched half: an odd corpus's extra message belongs to the first (education-dev:
 * ed-001…060 share no website with the rest). */
export function halves<T>(messages: readonly T[]): [first: T[], second: T[]] {
  const middle = Math.ceil(messages.length / 2);
  return [messages.slice(0, middle), messages.slice(middle)];
}

export function readPolicy(file: URL): Policy {
  return loadPolicy(JSON.parse(readFileSync(file, 'utf8'))).policy;
}

/** The risk categories with a warn or block finding. */
export function flaggedCategories(findings: readonly Finding[]): Set<RiskCategory> {
  return new Set(findings.filter((f) => f.severity !== 'info' && (RISK_CATEGORIES as readonly string[]).includes(f.category)).map((f) => f.category as RiskCategory));
}

export function score(corpus: readonly LabelledMessage[], policy: Policy): Score {
  const categories = Object.fromEntries(RISK_CATEGORIES.map((c) => [c, { labelled: 0, found: 0, recall: 0, flagged: 0, precision: 0 }])) as Score['categories'];
  let risky = 0, safe = 0, caught = 0, falseAlarmCount = 0;
  const misses: Score['misses'] = [];
  const falseAlarms: Score['falseAlarms'] = [];
  for (const m of corpus) {
    const findings = analyze({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy);
    const got = flaggedCategories(findings);
    const want = new Set(m.labels);
    if (want.size > 0) {
      risky++;
      if (got.size > 0) caught++;
    } else {
      safe++;
      if (got.size > 0) falseAlarmCount++;
    }
    for (const c of RISK_CATEGORIES) {
      if (want.has(c)) categories[c].labelled++;
      if (want.has(c) && got.has(c)) categories[c].found++;
      if (got.has(c)) categories[c].flagged++;
    }
    const missing = [...want].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !want.has(c));
    if (missing.length) misses.push({ id: m.id, missing, text: m.text });
    if (extra.length) falseAlarms.push({ id: m.id, extra, text: m.text, why: findings.filter((f) => extra.includes(f.category as RiskCategory)).map((f) => `${f.rule}: ${f.why}`) });
  }
  for (const c of RISK_CATEGORIES) {
    const s = categories[c];
    s.recall = s.labelled ? s.found / s.labelled : 1;
    s.precision = s.flagged ? s.found / s.flagged : 1;
  }
  return { messages: corpus.length, risky, safe, recall: risky ? caught / risky : 1, falsePositiveRate: safe ? falseAlarmCount / safe : 0, categories, misses, falseAlarms };
}
