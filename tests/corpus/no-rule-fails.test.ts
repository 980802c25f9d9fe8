// A rule that throws is reported as an `engine` note and skipped (rules/engine.ts), so the text is still checked by
// the others and the page never breaks. That safety net must not hide a broken rule: every message of every corpus
// here runs through the engine without one failure. (Only the texts are read; nothing is scored.)
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules';
import { CORPORA, policyOf, readCorpus, readPolicy } from './score';

const files = readdirSync(new URL(CORPORA)).filter((f) => f.endsWith('.jsonl')).sort();

describe('no rule fails on the corpora', () => {
  it(`reads every corpus (${files.length} files)`, () => expect(files.length).toBeGreaterThan(100));
  for (const file of files) {
    it(file, () => {
      const url = new URL(file, CORPORA);
      const policy = readPolicy(policyOf(url));
      const failures: string[] = [];
      for (const m of readCorpus(url)) {
        for (const f of analyze({ text: m.text, site: m.site, kind: m.kind, context: m.context }, policy)) {
          if (f.rule === 'engine' && / failed on this text/.test(f.message)) failures.push(`${m.id}: ${f.message} ${f.why}`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
