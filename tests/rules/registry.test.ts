// The rule registry, checked from every side: each RULE_META id has its detector file exporting `rule`
// with that id, is registered in ALL_RULES, has a table test in tests/rules/<id>.test.ts and is
// documented in docs/policy.md; and no detector or rule test exists without a RULE_META entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_META } from '../../rules';
import { ALL_RULES } from '../../rules/detectors';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const policyDoc = read('docs/policy.md');
const ids = RULE_META.map((r) => r.id as string);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The id as a whole token: "age-over-89" is not found inside "age-over-899" or "my-age-over-89". */
const mentions = (text: string, id: string) => new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`).test(text);

describe('rule registry', () => {
  it('describes every rule id once, in the same order (rule-ids.ts and rule-meta.ts)', () => {
    expect(ids).toEqual([...RULE_IDS]);
  });
  for (const id of ids) {
    describe(id, () => {
      it(`has rules/detectors/${id}.ts exporting a rule with that id`, async () => {
        const file = new URL(`rules/detectors/${id}.ts`, root);
        expect(existsSync(file), `rules/detectors/${id}.ts is missing`).toBe(true);
        const mod = await import(file.href);
        expect(mod.rule, `rules/detectors/${id}.ts does not export "rule"`).toBeDefined();
        expect(mod.rule.id).toBe(id);
        expect(typeof mod.rule.detect).toBe('function');
      });

      it('is listed in ALL_RULES (rules/detectors/index.ts)', async () => {
        const { rule } = await import(new URL(`rules/detectors/${id}.ts`, root).href);
        expect(ALL_RULES).toContain(rule);
      });

      it(`has a table test in tests/rules/${id}.test.ts`, () => {
        expect(existsSync(new URL(`tests/rules/${id}.test.ts`, root)), `tests/rules/${id}.test.ts is missing`).toBe(true);
        expect(read(`tests/rules/${id}.test.ts`)).toContain(`ruleTester('${id}'`);
      });

      it('is documented in docs/policy.md', () => {
        expect(mentions(policyDoc, id), `docs/policy.md does not mention ${id}`).toBe(true);
      });
    });
  }

  it('has no detector file without a RULE_META entry', () => {
    const files = readdirSync(new URL('rules/detectors/', root))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.filter((f) => !ids.includes(f))).toEqual([]);
  });

  it('registers each rule once, and only rules in RULE_META', () => {
    const registered = ALL_RULES.map((r) => r.id as string);
    expect(registered.filter((id, i) => registered.indexOf(id) !== i), 'registered twice').toEqual([]);
    expect(registered.filter((id) => !ids.includes(id)), 'registered without a RULE_META entry').toEqual([]);
    expect([...registered].sort()).toEqual([...ids].sort());
  });

  it('has no rule test without a RULE_META entry', () => {
    const tests = readdirSync(new URL('tests/rules/', root))
      .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
      .map((f) => f.replace(/\.test\.ts$/, ''));
    expect(tests.filter((t) => !ids.includes(t))).toEqual([]);
  });
});
