// A table tester for one rule, in the style of ESLint's RuleTester.
//   ruleTester('person-name', { valid: [...], invalid: [...] })
// Every `valid` text must give no finding of the rule at all. Every `invalid` text must give a finding
// of the rule whose span is exactly `span` (or, with `within: true`, contains it: for rules that flag a
// whole clause), and that finding carries the rule's id and category. Cases default to a Facebook post
// checked against the dev policy (tests/corpus/dev-policy.json). A failing case prints everything
// the engine found, so the message says what to fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, loadPolicy, RULE_META, type AnalyzeInput, type Finding, type Policy, type RuleId } from '../../rules';

const devPolicyFile = new URL('../corpus/dev-policy.json', import.meta.url);
export const DEV_POLICY: Policy = loadPolicy(JSON.parse(readFileSync(devPolicyFile, 'utf8'))).policy;

export interface Case extends Partial<Omit<AnalyzeInput, 'text'>> {
  text: string;
  /** Defaults to the dev policy. */
  policy?: Policy;
}

export interface InvalidCase extends Case {
  /** The flagged words, exactly as they appear in `text` (zero-width characters included). */
  span: string;
  /** The finding may cover more than `span` (a clause of advice, say); it must contain it. */
  within?: boolean;
}

export function ruleTester(rule: RuleId, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const meta = RULE_META.find((r) => r.id === rule);
  describe(rule, () => {
    it('is a known rule', () => expect(meta, `${rule} is not in RULE_META`).toBeDefined());
    it(`has at least as many valid cases (${cases.valid.length}) as invalid ones (${cases.invalid.length})`, () => {
      expect(cases.valid.length).toBeGreaterThanOrEqual(cases.invalid.length);
    });

    describe('valid', () => {
      for (const c of cases.valid) {
        it(label(c), () => {
          const all = run(c);
          const mine = all.filter((f) => f.rule === rule);
          expect(mine.map((f) => show(c.text, f)), `${rule} must not fire. Engine output: ${summary(c.text, all)}`).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(`${label(c)} → ${quote(c.span)}`, () => {
          expect(c.text, 'the case\'s span must be part of its text').toContain(c.span);
          const all = run(c);
          const hit = all.find((f) => f.rule === rule && (c.within ? c.text.slice(f.start, f.end).includes(c.span) : c.text.slice(f.start, f.end) === c.span));
          expect(hit, `expected ${rule} on ${quote(c.span)}${c.within ? ' (or a span containing it)' : ''}. Engine output: ${summary(c.text, all)}`).toBeDefined();
          expect(hit!.rule).toBe(rule);
          expect(hit!.category).toBe(meta!.category);
        });
      }
    });
  });
}

function run(c: Case): Finding[] {
  const { policy, ...input } = c;
  return analyze({ site: 'facebook', kind: 'post', ...input }, policy ?? DEV_POLICY);
}

const show = (text: string, f: Finding) => `${f.rule} ${quote(text.slice(f.start, f.end))}`;
const summary = (text: string, findings: Finding[]) => (findings.length ? findings.map((f) => show(text, f)).join(', ') : '(no findings)');

function label(c: Case): string {
  const where = `${c.site ?? 'facebook'} ${c.kind ?? 'post'}`;
  const context = c.context ? ` to ${quote(clip(c.context, 40))}` : '';
  const media = c.hasMedia ? ' (with media)' : '';
  return `${where}${context}${media}: ${quote(clip(c.text, 80))}`;
}

/** JSON-quoted, with invisible characters spelled out so a test name shows the evasion. */
const quote = (s: string) => JSON.stringify(s).replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
