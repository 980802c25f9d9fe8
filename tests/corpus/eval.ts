// `npm run eval`: scores the engine on tests/corpus/dev.jsonl with dev-policy.json and lists
// the misses and false alarms. Options: --corpus FILE --policy FILE (default: the corpus's own,
// see policyOf) --quiet (figures only)
// --half first|second (a held-out corpus's tuning half or its untouched half; see README).
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { RISK_CATEGORIES } from '../../rules';
import { halves, policyOf, readCorpus, readPolicy, score, CORPORA } from './score';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, policy: { type: 'string' }, quiet: { type: 'boolean' }, half: { type: 'string' } } });
if (values.half !== undefined && values.half !== 'first' && values.half !== 'second') throw new Error('--half must be first or second');
const corpusFile = values.corpus ? pathToFileURL(resolve(values.corpus)) : new URL('dev.jsonl', CORPORA);
const policyFile = values.policy ? pathToFileURL(resolve(values.policy)) : policyOf(corpusFile);
const corpus = readCorpus(corpusFile);
const [first, second] = halves(corpus);
const messages = values.half === 'first' ? first : values.half === 'second' ? second : corpus;
const s = score(messages, readPolicy(policyFile));
process.stdout.on('error', () => process.exit(0)); // piped into head
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (!values.quiet) {
  for (const m of s.misses) console.log(`MISS  ${m.id} [${m.missing.join(', ')}] ${m.text.replace(/\n/g, ' ')}`);
  for (const f of s.falseAlarms) console.log(`EXTRA ${f.id} [${f.extra.join(', ')}] ${f.text.replace(/\n/g, ' ')}\n      ${f.why.join('\n      ')}`);
  console.log('');
}
console.log(`${s.messages} messages (${s.risky} risky, ${s.safe} safe)`);
console.log(`message recall        ${pct(s.recall)}  (floor 95%)`);
console.log(`false-positive rate   ${pct(s.falsePositiveRate)}  (ceiling 5%)`);
for (const c of RISK_CATEGORIES) {
  const x = s.categories[c];
  console.log(`${c.padEnd(22)}recall ${pct(x.recall).padStart(6)} (${x.found}/${x.labelled})  precision ${pct(x.precision).padStart(6)}  (floor 90% recall)`);
}
