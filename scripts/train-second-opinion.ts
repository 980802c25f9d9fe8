// Trains the learned second opinion on every corpus of scripts/second-opinion-lib.ts (never blind4-*):
//   npx tsx scripts/train-second-opinion.ts [--out FILE] [--check]
// Two L1+L2 logistic regressions over the features of rules/second-opinion.ts: P(the message confirms a
// patient) and P(the message is risky at all). Writes them as one JSON file, weights rounded to three
// decimals and keys sorted, so the same corpora give a byte-identical file. --check trains and compares
// with the existing file instead (exit 1 when they differ).
//
// The default output is outside the shipped lexicons: the leave-one-corpus-out evaluation
// (scripts/eval-second-opinion.ts, docs/second-opinion.md) showed no clear gain, so nothing ships it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TRAIN, loadRows, stableJson, train, type Row } from './second-opinion-lib';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const out = path.resolve(arg('--out') ?? '.scratch/second-opinion.json');

export function trainAll(rows: readonly Row[] = loadRows()) {
  const models = {
    'patient-relationship': train(rows, (r) => r.labels.has('patient-relationship'), DEFAULT_TRAIN, 'patient-relationship'),
    risky: train(rows, (r) => r.labels.size > 0, DEFAULT_TRAIN, 'risky'),
  };
  return stableJson({
    note: 'Learned second opinion (issue 8 item 3), trained by scripts/train-second-opinion.ts; see docs/second-opinion.md.',
    options: DEFAULT_TRAIN,
    messages: rows.length,
    models,
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const json = trainAll();
  if (process.argv.includes('--check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === json;
    console.log(same ? `${out}: re-training gives the same bytes` : `${out}: re-training gives a different file`);
    process.exit(same ? 0 : 1);
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, json);
  const parsed = JSON.parse(json);
  for (const [name, m] of Object.entries(parsed.models) as [string, { weights: object }][]) console.log(`${name}: ${Object.keys(m.weights).length} non-zero weights`);
  console.log(`Wrote ${out} (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`);
}
