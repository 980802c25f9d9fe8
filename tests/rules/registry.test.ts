// Every rule is registered, has its own test file and is documented; no detector is left unregistered.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/detectors';
import { RULE_META } from '../../rules';

const root = new URL('../../', import.meta.url);
const policyDoc = readFileSync(new URL('docs/policy.md', root), 'utf8');

describe('rule registry', () => {
  for (const { id } of RULE_META) {
    it(`${id} has a detector file, is registered, tested and documented`, async () => {
      const file = new URL(`rules/detectors/${id}.ts`, root);
      expect(existsSync(file)).toBe(true);
      const { rule } = await import(file.href);
      expect(rule.id).toBe(id);
      expect(ALL_RULES).toContain(rule);
      expect(existsSync(new URL(`tests/rules/${id}.test.ts`, root))).toBe(true);
      expect(policyDoc).toContain(id);
    });
  }
  it('has no detector file without a rule entry', () => {
    const ids = new Set(RULE_META.map((r) => r.id as string));
    const files = readdirSync(new URL('rules/detectors/', root)).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.filter((f) => !ids.has(f))).toEqual([]);
  });
});
