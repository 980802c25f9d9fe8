// Texts longer than the composer's limit: the composer warns about the unchecked part, and the command
// line checks every character (analyzeLong) with offsets into the whole text.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeLong, MAX_ANALYZED_CHARS, type Finding } from '../../rules';
import { DEV_POLICY } from '../rules/rule-tester';

const SAFE = 'Flu shots are in! Call (555) 201-4400 to book. ';
const RISKY = 'Great seeing you Tuesday Maria, keep icing that ankle!';
const risks = (findings: Finding[]) => findings.filter((f) => f.category !== 'engine' && f.severity !== 'info');
const flagged = (text: string, findings: Finding[]) => risks(findings).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

describe('long texts', () => {
  it('the composer warns (not just notes) that the end of a long text was not checked', () => {
    const text = SAFE.repeat(Math.ceil((MAX_ANALYZED_CHARS + 5_000) / SAFE.length)) + RISKY;
    const findings = analyze({ text, site: 'facebook', kind: 'post' }, DEV_POLICY);
    const unchecked = findings.find((f) => f.rule === 'engine');
    expect(unchecked?.severity).toBe('warn');
    expect(unchecked!.end).toBe(text.length);
    expect(unchecked!.start).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(unchecked!.message).toMatch(/not checked/);
    expect(risks(findings).filter((f) => f.rule !== 'engine')).toEqual([]);
  });

  it('analyzeLong finds a risk at the very end of a 150,000-character text, at its offsets in the whole text', () => {
    const text = SAFE.repeat(Math.ceil(150_000 / SAFE.length)) + RISKY;
    const findings = analyzeLong({ text, site: 'facebook', kind: 'post' }, DEV_POLICY);
    expect(findings.some((f) => f.rule === 'engine')).toBe(false);
    expect(flagged(text, findings)).toEqual(expect.arrayContaining(['person-name:Maria', 'medical-advice:keep icing that ankle', 'health-details:ankle']));
    for (const f of risks(findings)) expect(f.start).toBeGreaterThan(150_000 - SAFE.length);
  });

  it('a risk at every position around a chunk boundary is found exactly once', () => {
    for (const at of [MAX_ANALYZED_CHARS - 120, MAX_ANALYZED_CHARS - 40, MAX_ANALYZED_CHARS, MAX_ANALYZED_CHARS + 30]) {
      const before = SAFE.repeat(Math.floor(at / SAFE.length));
      const text = before + RISKY + ' ' + SAFE.repeat(Math.ceil(MAX_ANALYZED_CHARS / SAFE.length));
      const names = flagged(text, analyzeLong({ text, site: 'facebook', kind: 'post' }, DEV_POLICY)).filter((x) => x === 'person-name:Maria');
      expect(names, `risk at ${at}`).toEqual(['person-name:Maria']);
    }
  });

  it('a sentence right after a chunk boundary still refers to the person before it', () => {
    // The second sentence has no subject: it continues with the person of the first.
    const first = 'Look who it is, my old coach Stan Kowalski!';
    const story = `${first} Came in with a torn rotator cuff.`;
    // The first chunk ends after the story's first sentence, so its second sentence opens the next chunk.
    const filler = 'Ok. '.repeat(Math.floor((MAX_ANALYZED_CHARS - first.length - 8) / 4));
    expect(filler.length + first.length).toBeLessThan(MAX_ANALYZED_CHARS);
    expect(filler.length + story.length).toBeGreaterThan(MAX_ANALYZED_CHARS);
    const text = filler + story + ' ' + SAFE.repeat(Math.ceil(MAX_ANALYZED_CHARS / SAFE.length));
    const whole = flagged(story, analyze({ text: story, site: 'facebook', kind: 'post' }, DEV_POLICY));
    const long = flagged(text, analyzeLong({ text, site: 'facebook', kind: 'post' }, DEV_POLICY));
    expect(whole).toContain('health-details:torn rotator cuff');
    expect(long).toEqual(expect.arrayContaining(whole));
  });

  it('a long text without any sentence end or space is checked to the end without splitting a surrogate pair', () => {
    const text = 'a😀'.repeat(100_000) + ' ' + RISKY;
    const findings = analyzeLong({ text, site: 'x', kind: 'reply', context: 'Thanks!' }, DEV_POLICY);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      for (const at of [f.start, f.end]) expect((text.charCodeAt(at) & 0xfc00) === 0xdc00).toBe(false);
    }
    expect(flagged(text, findings)).toContain('person-name:Maria');
  });

  it('a text within the limit gets exactly what analyze gives', () => {
    const input = { text: `${RISKY} ${SAFE}`, site: 'facebook' as const, kind: 'reply' as const, context: 'Thanks for today!' };
    expect(analyzeLong(input, DEV_POLICY)).toEqual(analyze(input, DEV_POLICY));
  });
});
