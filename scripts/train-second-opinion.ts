// Trains the learned second opinion that ships, rules/models/second-opinion.json, on every corpus of
// scripts/second-opinion-lib.ts (never the untouched sets named by UNTOUCHED):
//   npx tsx scripts/train-second-opinion.ts [--out FILE] [--check]
// An L1+L2 logistic regression over the features of rules/second-opinion.ts: P(the message confirms a
// patient). Its threshold is chosen on writers it never learns from (VALIDATION_FILES: blind13-15) so that an
// addition pays when a false alarm costs three catches (the issue keeps the model only if it adds no false alarm
// on text nobody tuned on; docs/second-opinion.md, "Eighth session"); of thresholds within a tenth of the best gain,
// the highest. Weights are rounded to three decimals and keys sorted, so the same corpora give a byte-identical
// file. --check trains and compares with the existing file instead (exit 1 when they differ).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseAdd, CORPUS_FILES, DEFAULT_TRAIN, loadRows, stableJson, train, VALIDATION_FILES, type Row } from './second-opinion-lib';
import { score } from '../rules/second-opinion';

/** A false alarm costs this many catches when the threshold is chosen. */
export const FALSE_ALARM_COST = 3;
/** Thresholds whose gain is within this share of the best count as ties (see chooseAdd). */
export const GAIN_TOLERANCE = 0.1;
export const SHIPPED_MODEL = fileURLToPath(new URL('../rules/models/second-opinion.json', import.meta.url));

const confirmsPatient = (r: Row) => r.labels.has('patient-relationship');

export function trainShipped(rows: readonly Row[] = loadRows(), validation: readonly Row[] = loadRows(VALIDATION_FILES)): string {
  const model = train(rows, confirmsPatient, DEFAULT_TRAIN, 'patient-relationship');
  const p = validation.map((r) => score(model, r.features).probability);
  const threshold = chooseAdd(validation, p, (r) => !r.flagged.has('patient-relationship'), FALSE_ALARM_COST, GAIN_TOLERANCE);
  return stableJson({
    note: 'Learned second opinion (issue 8 item 3): P(the message confirms a patient). Trained by scripts/train-second-opinion.ts; see docs/second-opinion.md.',
    corpora: CORPUS_FILES,
    thresholdChosenOn: VALIDATION_FILES,
    messages: rows.length,
    options: DEFAULT_TRAIN,
    falseAlarmCost: FALSE_ALARM_COST,
    gainTolerance: GAIN_TOLERANCE,
    threshold,
    model,
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const out = path.resolve(arg('--out') ?? SHIPPED_MODEL);
  const json = trainShipped();
  if (process.argv.includes('--check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === json;
    console.log(same ? `${out}: re-training gives the same bytes` : `${out}: re-training gives a different file`);
    process.exit(same ? 0 : 1);
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, json);
  const parsed = JSON.parse(json);
  console.log(`${Object.keys(parsed.model.weights).length} non-zero weights, threshold ${parsed.threshold}`);
  console.log(`Wrote ${out} (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`);
}
