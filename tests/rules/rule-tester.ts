// A table tester for one rule, in the style of ESLint's RuleTester: `valid` texts must give no finding
// of the rule; each `invalid` text must give one whose span is exactly `span` (or contains it, for
// rules that flag a whole clause), with the rule's id and category.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, loadPolicy, RULE_META, type AnalyzeInput, type Policy, type RuleId } from '../../rules';

export const DEV_POLICY: Policy = loadPolicy(JSON.parse(readFileSync(new URL('../../../shared/corpus/dev-policy.json', import.meta.url), 'utf8'))).policy;

export interface Case extends Partial<Omit<AnalyzeInput, 'text'>> {
  text: string;
  policy?: Policy;
}
export interface InvalidCase extends Case {
  /** The flagged words, exactly as in `text`. */
  span: string;
  /** The finding may cover more than `span` (a clause of advice). */
  within?: boolean;
}

export function ruleTester(rule: RuleId, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const meta = RULE_META.find((r) => r.id === rule)!;
  const run = (c: Case) => analyze({ site: 'facebook', kind: 'post', ...c, text: c.text }, c.policy ?? DEV_POLICY).filter((f) => f.rule === rule);
  describe(rule, () => {
    it('has at least as many valid cases as invalid ones', () => {
      expect(cases.valid.length).toBeGreaterThanOrEqual(cases.invalid.length);
    });
    for (const c of cases.valid) {
      it(`valid: ${label(c)}`, () => {
        expect(run(c).map((f) => c.text.slice(f.start, f.end))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)} → "${c.span}"`, () => {
        const found = run(c);
        const spans = found.map((f) => c.text.slice(f.start, f.end));
        expect(spans, `findings of ${rule}`).toSatisfy((list: string[]) => list.some((s) => (c.within ? s.includes(c.span) : s === c.span)));
        for (const f of found) expect(f.category).toBe(meta.category);
      });
    }
  });
}

const label = (c: Case) => `${c.kind ?? 'post'}${c.context ? ` to "${c.context.slice(0, 30)}"` : ''}: ${JSON.stringify(c.text.length > 70 ? `${c.text.slice(0, 67)}…` : c.text)}`;
