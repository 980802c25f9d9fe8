// The options page's pure logic: lists typed one per line, per-item checks, defaults in force, import.
import { describe, expect, it } from 'vitest';
import { checkList, checkValue, formatLines, parseLines, plainMessage, readImport, valueInForce } from '../../components/options/fields';
import { DEFAULT_POLICY, loadPolicy, MAX_ITEMS, MAX_NAMES } from '../../rules/policy';
import { DEFAULT_TEMPLATES } from '../../rules/templates';

describe('parseLines / formatLines', () => {
  it('keeps one trimmed item per non-blank line', () => {
    expect(parseLines('  (555) 201-4400 \n\n\r\n+1 555 310 2201\n   ')).toEqual(['(555) 201-4400', '+1 555 310 2201']);
    expect(parseLines('')).toEqual([]);
    expect(formatLines(['a', 'b'])).toBe('a\nb');
  });
});

describe('checkValue', () => {
  it('returns the trimmed value when valid', () => {
    expect(checkValue('practice.website', ' clinic.example ')).toEqual({ value: 'clinic.example', errors: [] });
  });
  it('returns the policy message, without the loader outcome, when invalid', () => {
    expect(checkValue('practice.website', 'not a site')).toEqual({
      value: undefined,
      errors: ['must be a hostname such as clinic.example or a URL such as https://clinic.example'],
    });
    expect(checkValue('templates.thanks', 'Hi {phon}').errors[0]).toMatch(/^unknown placeholder \{phon\}/);
  });
});

describe('checkList', () => {
  it('keeps the valid items and reports each invalid one by its index', () => {
    const { valid, errors, listErrors } = checkList('practice.phones', ['(555) 201-4400', '12', '555 310 2201']);
    expect(valid).toEqual(['(555) 201-4400', '555 310 2201']);
    expect([...errors]).toEqual([[1, ['must be a phone number with 7 to 15 digits']]]);
    expect(listErrors).toEqual([]);
  });
  it('holds back a whole deny row with any problem, naming the part that is wrong', () => {
    const rows = [
      { term: 'chart note', severity: 'block', message: '' },
      { term: '', severity: 'warn', message: 'x' },
      { term: 'sedation', severity: 'warn', message: 'm'.repeat(301) },
    ];
    const { valid, errors } = checkList('customTerms.deny', rows);
    expect(valid).toEqual([rows[0]]);
    expect(errors.get(1)).toEqual(['term: must not be empty']);
    expect(errors.get(2)?.[0]).toMatch(/^message: /);
  });
  it('reports a list that is too long', () => {
    expect(checkList('allowNames', Array.from({ length: MAX_NAMES + 1 }, (_, i) => `Name ${i}`)).listErrors).toEqual([`has ${MAX_NAMES + 1} items; only the first ${MAX_NAMES} are kept`]);
    expect(checkList('practice.phones', Array.from({ length: MAX_ITEMS + 1 }, () => '(555) 201-4400')).listErrors).toEqual([`has ${MAX_ITEMS + 1} items; only the first ${MAX_ITEMS} are kept`]);
  });
});

describe('valueInForce', () => {
  it('fills in the defaults the policy leaves implicit', () => {
    expect(valueInForce(DEFAULT_POLICY, 'rules.record-number')).toBe('block');
    expect(valueInForce(DEFAULT_POLICY, 'templates.question')).toBe(DEFAULT_TEMPLATES.question);
    expect(valueInForce(DEFAULT_POLICY, 'sites.x')).toBe(true);
    const { policy } = loadPolicy({ rules: { jargon: 'off' }, templates: { thanks: 'Thanks!' } });
    expect(valueInForce(policy, 'rules.jargon')).toBe('off');
    expect(valueInForce(policy, 'templates.thanks')).toBe('Thanks!');
  });
});

describe('readImport', () => {
  it('rejects text that is not JSON', () => {
    const result = readImport('phones: 555', new Set());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not JSON/);
  });
  it('rejects a file with any problem and lists every one', () => {
    const result = readImport(JSON.stringify({ practice: { phones: ['12'] }, rules: { bogus: 'warn' }, allowNames: ['Priya'] }), new Set());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['practice.phones[0]', 'rules.bogus']);
    expect(readImport('null', new Set()).ok).toBe(false);
  });
  it('accepts a valid file and names the fields IT locked', () => {
    const result = readImport(JSON.stringify({ practice: { name: ' Cedar Ridge ', phones: ['(555) 310-2200'] }, rules: { jargon: 'off' } }), new Set(['practice.phones', 'sites.x']));
    expect(result).toEqual({ ok: true, value: { practice: { name: 'Cedar Ridge', phones: ['(555) 310-2200'] }, rules: { jargon: 'off' } }, lockedPaths: ['practice.phones'] });
  });
  it('accepts an empty policy', () => {
    expect(readImport('{}', new Set())).toEqual({ ok: true, value: {}, lockedPaths: [] });
  });
});

it('plainMessage drops the loader outcome only at the end', () => {
  expect(plainMessage('must not be empty; dropped')).toBe('must not be empty');
  expect(plainMessage('unknown rule id; ignored')).toBe('unknown rule id');
  expect(plainMessage('dropped; here')).toBe('dropped; here');
});
