// The tuning loop of issue 8, for developers: `npx tsx scripts/tune.ts save NAME | diff NAME | sum | miss [RE] | fa [RE] |
// cat CATEGORY [RE]` (`cat`: per-category recall, and the messages labelled CATEGORY that no finding of it covers).
// Reads only the tuning sets (whole files, or the first halves of the split ones); never an untouched set
// (UNTOUCHED in scripts/second-opinion-lib.ts) or a holdout. `save` keeps what the engine flags per message in
// .tune/NAME.json (git-ignored), `diff` lists messages newly caught, lost, newly or no longer falsely flagged.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze, type Finding } from '../rules';
import { CORPORA, flaggedCategories, halves, policyOf, readCorpus, readPolicy } from '../tests/corpus/score';
import { UNTOUCHED } from './second-opinion-lib';

/** Files scored but never tuned on, besides UNTOUCHED: the holdouts, and the paraphrases of the sources a `-para` file
 * leaves out (reviews-para-check, education-para-check: tests/corpus/README.md). */
const HOLDOUT = /^(?:holdout\d*|[a-z0-9-]+-check)\.jsonl$/;
/** Files whose first half is tuned on and whose second half stays untouched. */
const SPLIT = new Set(['reviews-dev.jsonl', 'education-dev.jsonl', 'blind2-reviews.jsonl', 'blind3-reviews.jsonl', 'blind3-education.jsonl']);

function* tuningMessages() {
  const files = readdirSync(new URL(CORPORA)).filter((f) => f.endsWith('.jsonl') && !HOLDOUT.test(f) && !UNTOUCHED.some((u) => f.startsWith(`${u}-`))).sort();
  for (const file of files) {
    const url = new URL(file, CORPORA);
    const all = readCorpus(url);
    const policy = readPolicy(policyOf(url));
    for (const m of SPLIT.has(file) ? halves(all)[0] : all) yield { set: file.replace(/\.jsonl$/, ''), m, policy };
  }
}

type State = Record<string, { set: string; risky: boolean; got: string[]; want?: string[] }>;
const [command, arg, pattern] = process.argv.slice(2);
const current: State = {};
const shown: string[] = [];
for (const { set, m, policy } of tuningMessages()) {
  const findings = analyze({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy);
  const got = [...flaggedCategories(findings)].sort();
  const key = `${set}/${m.id}`;
  current[key] = { set, risky: m.labels.length > 0, got, want: [...m.labels] };
  if (command === 'cat' && arg && (m.labels as string[]).includes(arg) && !(got as string[]).includes(arg) && (!pattern || new RegExp(pattern).test(key))) {
    shown.push(`${m.id} [${m.labels.join(', ')}] ${m.kind} flagged: ${got.join(', ') || 'nothing'}\n  text: ${m.text}\n  context: ${m.context ?? ''}`);
  }
  if ((command === 'miss' || command === 'fa') && (!arg || new RegExp(arg).test(key))) {
    if (command === 'miss' && m.labels.length > 0 && got.length === 0) shown.push(`${m.id} [${m.labels.join(', ')}] ${m.kind}\n  text: ${m.text}\n  context: ${m.context ?? ''}`);
    if (command === 'fa' && m.labels.length === 0 && got.length > 0) shown.push(`${m.id} ${m.kind}\n  text: ${m.text}\n  context: ${m.context ?? ''}\n  flagged: ${spans(findings, m.text)}`);
  }
}
function spans(findings: readonly Finding[], text: string): string {
  return findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`).join(' | ');
}
function tally(state: State) {
  const perSet: Record<string, [number, number]> = {};
  let misses = 0, falseAlarms = 0;
  for (const v of Object.values(state)) {
    const s = (perSet[v.set] ??= [0, 0]);
    if (v.risky && v.got.length === 0) { misses++; s[0]++; }
    if (!v.risky && v.got.length > 0) { falseAlarms++; s[1]++; }
  }
  return { misses, falseAlarms, perSet };
}
const saved = (name: string) => new URL(`../.tune/${name}.json`, import.meta.url);
const now = tally(current);
if (command === 'save' && arg) {
  mkdirSync(new URL('../.tune/', import.meta.url), { recursive: true });
  writeFileSync(saved(arg), JSON.stringify(current));
} else if (command === 'diff' && arg && existsSync(saved(arg))) {
  const before = JSON.parse(readFileSync(saved(arg), 'utf8')) as State;
  for (const [key, v] of Object.entries(current)) {
    const b = before[key];
    if (!b) continue;
    const was = b.got.length > 0, is = v.got.length > 0;
    if (v.risky && !was && is) console.log('CAUGHT', key);
    if (v.risky && was && !is) console.log('LOST  ', key);
    if (!v.risky && !was && is) console.log('NEW FALSE ALARM', key, v.got.join(', '));
    if (!v.risky && was && !is) console.log('FALSE ALARM GONE', key);
    for (const c of v.want ?? []) {
      if (b.got.includes(c) && !v.got.includes(c)) console.log('CATEGORY LOST  ', key, c);
      if (!b.got.includes(c) && v.got.includes(c)) console.log('CATEGORY FOUND ', key, c);
    }
    for (const c of v.got) if (v.risky && !b.got.includes(c) && !(v.want ?? []).includes(c)) console.log('CATEGORY EXTRA ', key, c);
  }
  const t = tally(before);
  console.log(`before: ${t.misses} misses / ${t.falseAlarms} false alarms`);
} else if (command === 'sum') {
  for (const [set, [m, f]] of Object.entries(now.perSet)) if (m || f) console.log(`${set.padEnd(22)} ${m} misses, ${f} false alarms`);
} else if (command === 'miss' || command === 'fa') {
  console.log(shown.join('\n'));
} else if (command === 'cat' && arg) {
  console.log(shown.join('\n'));
  const per: Record<string, [number, number]> = {};
  for (const v of Object.values(current)) for (const c of v.want ?? []) { const p = (per[c] ??= [0, 0]); p[0]++; if (v.got.includes(c)) p[1]++; }
  for (const [c, [n, found]] of Object.entries(per)) console.log(`${c.padEnd(22)} ${(100 * found / n).toFixed(1)}% of ${n}`);
} else {
  console.log('usage: npx tsx scripts/tune.ts save NAME | diff NAME | sum | miss [RE] | fa [RE] | cat CATEGORY [RE]');
  process.exit(1);
}
console.log(`${now.misses} misses / ${now.falseAlarms} false alarms on ${Object.keys(current).length} tuning messages`);
