import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  MAX_ITEMS,
  MAX_NAMES,
  policyJsonSchema,
  loadPolicy,
  POLICY_SCHEMA,
  practicePhone,
  ruleSeverity,
  withPolicyDefaults,
} from '../../rules/policy';
import { RULE_IDS } from '../../rules/rule-ids';
import { RULE_META } from '../../rules/rule-meta';
import { TEMPLATE_IDS } from '../../rules/templates';

const devPolicy = JSON.parse(
  readFileSync(new URL('../corpus/dev-policy.json', import.meta.url), 'utf8'),
);
const policyDoc = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');
const docExample = JSON.parse(/```json\n([\s\S]*?)```/.exec(policyDoc)![1]);

const paths = (raw: unknown) => loadPolicy(raw).problems.map((p) => p.path);

/** A copy of `obj` with the value at `path` replaced, or deleted when `value` is undefined. */
function withValue(obj: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(obj) as Record<string | number, any>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('defaults', () => {
  it('an empty policy is the default policy, with no problems', () => {
    // DEFAULT_POLICY is written out (rules/policy.ts); this holds it to what the schema's defaults make of {}.
    expect(loadPolicy({})).toEqual({ policy: DEFAULT_POLICY, problems: [] });
    expect(withPolicyDefaults({})).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.sites).toEqual({ facebook: true, x: true, linkedin: true });
  });

  it('a missing policy (undefined) is the default policy, with no problems', () => {
    expect(loadPolicy(undefined)).toEqual({ policy: DEFAULT_POLICY, problems: [] });
  });

  it('DEFAULT_POLICY is frozen and loadPolicy returns fresh objects', () => {
    expect(Object.isFrozen(DEFAULT_POLICY.practice.phones)).toBe(true);
    const a = loadPolicy({}).policy;
    a.allowNames.push('Jenna');
    expect(loadPolicy({}).policy.allowNames).toEqual([]);
  });

  it('ruleSeverity gives each rule its RULE_META default', () => {
    for (const meta of RULE_META) expect(ruleSeverity(DEFAULT_POLICY, meta.id)).toBe(meta.defaultSeverity);
  });
});

describe('valid policies', () => {
  it('loads the dev corpus policy with no problems and keeps its fields', () => {
    const { policy, problems } = loadPolicy(devPolicy);
    expect(problems).toEqual([]);
    expect(policy.practice).toEqual({
      name: 'Harbor Point Family Health',
      phones: ['(555) 201-4400', '555-201-4401'],
      emails: ['hello@harborpointhealth.example'],
      address: '1200 Harbor Point Blvd, Suite 3, Bayview, OR 97000',
      website: 'harborpointhealth.example',
    });
    expect(policy.allowNames).toContain('Dr. Anita Patel');
    expect(policy.allowNames).toHaveLength(7);
    expect(practicePhone(policy)).toBe('(555) 201-4400');
  });

  it('loads the full example of docs/policy.md with no problems and keeps every field', () => {
    const { policy, problems } = loadPolicy(docExample);
    expect(problems).toEqual([]);
    expect(policy).toEqual(docExample); // the example sets every field, already trimmed
    expect(ruleSeverity(policy, 'medical-advice')).toBe('block');
    expect(ruleSeverity(policy, 'jargon')).toBe('off');
    expect(ruleSeverity(policy, 'person-name')).toBe('warn');
  });

  it('trims strings', () => {
    const { policy, problems } = loadPolicy({
      practice: { name: '  Bay Clinic ', phones: [' 555-201-4400 '], website: ' bay.example ' },
      allowNames: ['  Jenna  '],
    });
    expect(problems).toEqual([]);
    expect(policy.practice.name).toBe('Bay Clinic');
    expect(policy.practice.phones).toEqual(['555-201-4400']);
    expect(policy.practice.website).toBe('bay.example');
    expect(policy.allowNames).toEqual(['Jenna']);
  });

  it('practicePhone is empty without phones', () => {
    expect(practicePhone(DEFAULT_POLICY)).toBe('');
  });
});

describe('field-by-field fallback', () => {
  // [path, invalid value, reported path]
  const cases: [(string | number)[], unknown, string][] = [
    [['version'], 2, 'version'],
    [['practice'], 'Cedar Ridge', 'practice'],
    [['practice', 'name'], 42, 'practice.name'],
    [['practice', 'name'], 'x'.repeat(101), 'practice.name'],
    [['practice', 'phones'], '555-310-2200', 'practice.phones'],
    [['practice', 'address'], ['48 Orchard Lane'], 'practice.address'],
    [['practice', 'website'], 'not a website', 'practice.website'],
    [['allowNames'], { Jenna: true }, 'allowNames'],
    [['rules'], ['medical-advice'], 'rules'],
    [['rules', 'medical-advice'], 'loud', 'rules.medical-advice'],
    [['customTerms', 'deny'], 'sedation', 'customTerms.deny'],
    [['customTerms', 'deny', 0, 'severity'], 'critical', 'customTerms.deny[0].severity'],
    [['customTerms', 'deny', 0, 'message'], 7, 'customTerms.deny[0].message'],
    [['templates', 'thanks'], 'Thanks from {practice}!', 'templates.thanks'],
    [['templates', 'complaint'], '   ', 'templates.complaint'],
    [['sites', 'linkedin'], 'no', 'sites.linkedin'],
    [['sendGuard'], false, 'sendGuard'],
    [['sendGuard', 'allowPostAnyway'], 0, 'sendGuard.allowPostAnyway'],
  ];

  it.each(cases)('%j = %j falls back alone', (path, bad, reported) => {
    const { policy, problems } = loadPolicy(withValue(docExample, path, bad));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe(reported);
    // Same as if the field had been left out: its default, and every sibling kept.
    const expected = loadPolicy(withValue(docExample, path, undefined));
    expect(expected.problems).toEqual([]);
    expect(policy).toEqual(expected.policy);
  });

  it('an invalid deny severity keeps the term, at the default severity', () => {
    const { policy } = loadPolicy({ customTerms: { deny: [{ term: 'sedation', severity: 'critical' }] } });
    expect(policy.customTerms.deny).toEqual([{ term: 'sedation', severity: 'warn', message: '' }]);
  });

  it('messages say what was wrong and what happened instead', () => {
    expect(loadPolicy({ practice: { website: 'nope' } }).problems[0].message).toMatch(/hostname.*; using the default$/);
    expect(loadPolicy({ practice: { phones: ['12'] } }).problems[0].message).toMatch(/7 to 15 digits; dropped$/);
  });
});

describe('rules', () => {
  it.each(RULE_META.map((m) => [m.id, m.defaultSeverity]))(
    'an invalid setting for %s keeps its default %s, never off',
    (id, defaultSeverity) => {
      for (const bad of [false, null, 0, '', 'OFF', 'disabled', 'none', ['off'], { off: true }]) {
        const { policy, problems } = loadPolicy({ rules: { [id]: bad } });
        expect(ruleSeverity(policy, id)).toBe(defaultSeverity);
        expect(problems.map((p) => p.path)).toEqual([`rules.${id}`]);
      }
    },
  );

  it('an explicit "off" is honoured', () => {
    const { policy, problems } = loadPolicy({ rules: { 'person-name': 'off', 'record-number': 'info' } });
    expect(problems).toEqual([]);
    expect(ruleSeverity(policy, 'person-name')).toBe('off');
    expect(ruleSeverity(policy, 'record-number')).toBe('info');
  });

  it('an unknown rule id is reported and ignored, the other rules kept', () => {
    const { policy, problems } = loadPolicy({ rules: { 'medical-advise': 'off', jargon: 'block' } });
    expect(problems).toEqual([{ path: 'rules.medical-advise', message: 'unknown rule id; ignored' }]);
    expect(policy.rules).toEqual({ jargon: 'block' });
    expect(ruleSeverity(policy, 'medical-advice')).toBe('warn');
  });

  it('a prototype key such as __proto__ is just an unknown rule id', () => {
    const { policy, problems } = loadPolicy(JSON.parse('{"rules": {"__proto__": "off", "constructor": "off"}}'));
    expect(problems.map((p) => p.path)).toEqual(['rules.__proto__', 'rules.constructor']);
    expect(Object.keys(policy.rules)).toEqual([]);
  });
});

describe('unknown keys', () => {
  it('unknown top-level and nested keys are reported and ignored', () => {
    const { policy, problems } = loadPolicy({
      practice: { name: 'Bay Clinic', phone: '555-201-4400' },
      theme: 'dark',
      templates: { welcome: 'Hi!' },
    });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['theme', 'unknown field; ignored'],
      ['practice.phone', 'unknown field; ignored'],
      ['templates.welcome', 'unknown template id; ignored'],
    ]);
    expect(policy.practice.name).toBe('Bay Clinic');
    expect(policy.practice.phones).toEqual([]);
    expect(policy.templates).toEqual({});
  });
});

describe('lists', () => {
  it('drops invalid phones one by one and keeps the valid ones as written', () => {
    const { policy, problems } = loadPolicy({
      practice: {
        phones: ['555-0100', '555-01', 5552014400, '+1 (555) 201-4400', '1234567890123456', 'call 555-201-4400', '555.201.4402'],
      },
    });
    expect(policy.practice.phones).toEqual(['555-0100', '+1 (555) 201-4400', '555.201.4402']);
    expect(problems.map((p) => p.path)).toEqual([
      'practice.phones[1]',
      'practice.phones[2]',
      'practice.phones[4]',
      'practice.phones[5]',
    ]);
  });

  it('drops invalid emails', () => {
    const { policy, problems } = loadPolicy({
      practice: { emails: ['hello@bay.example', 'hello@bay', 'two words@bay.example', 'Front.Desk+x@mail.bay.example'] },
    });
    expect(policy.practice.emails).toEqual(['hello@bay.example', 'Front.Desk+x@mail.bay.example']);
    expect(problems.map((p) => p.path)).toEqual(['practice.emails[1]', 'practice.emails[2]']);
  });

  it.each([
    ['bay.example', true],
    ['www.bay-clinic.example', true],
    ['https://www.bay.example/contact?from=fb', true],
    ['http://bay.example:8080', true],
    ['', true],
    ['bay', false],
    ['ftp://bay.example', false],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['bay .example', false],
  ])('website %j valid: %s', (website, valid) => {
    expect(loadPolicy({ practice: { website } }).problems).toHaveLength(valid ? 0 : 1);
  });

  it('drops empty, blank, too long and non-string names', () => {
    const { policy, problems } = loadPolicy({
      allowNames: ['', '   ', 'x'.repeat(101), 7, null, 'Jenna', 'y'.repeat(100)],
      customTerms: { allow: ['Smile Day', ''] },
    });
    expect(policy.allowNames).toEqual(['Jenna', 'y'.repeat(100)]);
    expect(policy.customTerms.allow).toEqual(['Smile Day']);
    expect(problems.map((p) => p.path)).toEqual([
      'allowNames[0]',
      'allowNames[1]',
      'allowNames[2]',
      'allowNames[3]',
      'allowNames[4]',
      'customTerms.allow[1]',
    ]);
  });

  it('drops a deny entry without a valid term, keeps the others', () => {
    const { policy, problems } = loadPolicy({
      customTerms: {
        deny: [{ severity: 'block' }, 'sedation', { term: ' ' }, { term: 'z'.repeat(101) }, { term: ' Smile Day ', severity: 'info' }],
      },
    });
    expect(policy.customTerms.deny).toEqual([{ term: 'Smile Day', severity: 'info', message: '' }]);
    expect(problems.map((p) => p.path)).toEqual([
      'customTerms.deny[0].term',
      'customTerms.deny[1]',
      'customTerms.deny[2].term',
      'customTerms.deny[3].term',
    ]);
    expect(problems.every((p) => p.message.endsWith('; dropped'))).toBe(true);
  });

  it(`keeps the first ${MAX_ITEMS} items of a longer list and reports it once`, () => {
    const phones = Array.from({ length: MAX_ITEMS + 50 }, (_, i) => `(555) 201-${String(i).padStart(4, '0')}`);
    const { policy, problems } = loadPolicy({ practice: { phones } });
    expect(policy.practice.phones).toEqual(phones.slice(0, MAX_ITEMS));
    expect(problems).toEqual([{ path: 'practice.phones', message: `has ${MAX_ITEMS + 50} items; only the first ${MAX_ITEMS} are kept` }]);
  });

  it(`keeps up to ${MAX_NAMES} names, since a hospital lists every staff member in several spellings`, () => {
    const names = Array.from({ length: MAX_NAMES + 50 }, (_, i) => `Staff ${i}`);
    const { policy, problems } = loadPolicy({ allowNames: names.slice(0, 3000), customTerms: { allow: names } });
    expect(policy.allowNames).toEqual(names.slice(0, 3000));
    expect(policy.customTerms.allow).toEqual(names.slice(0, MAX_NAMES));
    expect(problems).toEqual([{ path: 'customTerms.allow', message: `has ${MAX_NAMES + 50} items; only the first ${MAX_NAMES} are kept` }]);
  });
});

describe('inputs that are not a policy', () => {
  it.each([null, 42, 'x', [], true, new Date(0), new Map()])('%j gives the default policy with one problem', (raw) => {
    const { policy, problems } = loadPolicy(raw);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('');
    expect(problems[0].message).toMatch(/using the default policy$/);
  });

  it('an object whose getter throws gives the default policy with one problem', () => {
    const raw = {
      get practice(): never {
        throw new Error('boom');
      },
    };
    expect(loadPolicy(raw)).toEqual({
      policy: DEFAULT_POLICY,
      problems: [{ path: '', message: 'could not be read; using the default policy' }],
    });
  });

  it('caps the problem list on huge garbage', () => {
    const raw = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`junk${i}`, i]));
    const { policy, problems } = loadPolicy(raw);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toEqual({ path: '', message: '4900 more problems not shown' });
  });

  it('handles huge lists and strings', () => {
    const { policy } = loadPolicy({ allowNames: new Array(1_000_000).fill('Jenna'), practice: { name: 'x'.repeat(1_000_000) } });
    expect(policy.allowNames).toHaveLength(MAX_NAMES);
    expect(policy.practice.name).toBe('');
  });
});

describe('properties', () => {
  const checkResult = (raw: unknown) => {
    const { policy, problems } = loadPolicy(raw);
    // The result is always a valid policy: reading it again finds nothing wrong and changes nothing.
    expect(loadPolicy(policy)).toEqual({ policy, problems: [] });
    expect(Array.isArray(problems)).toBe(true);
    return policy;
  };

  it('loadPolicy(anything) never throws and always returns a valid policy', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void checkResult(raw)), { numRuns: 1000 });
  });

  it('policy-shaped garbage never throws, and only an explicit "off" turns a rule off', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.array(fc.oneof(fc.string(), fc.anything())));
    const raw = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.anything()),
        practice: fc.record(
          { name: field, phones: field, emails: field, address: field, website: field },
          { requiredKeys: [] },
        ),
        allowNames: field,
        rules: fc.dictionary(
          fc.oneof(fc.constantFrom(...RULE_IDS), fc.string()),
          fc.oneof(fc.constantFrom('off', 'info', 'warn', 'block', 'OFF', false), fc.anything()),
        ),
        customTerms: fc.record(
          {
            deny: fc.array(fc.record({ term: field, severity: fc.anything(), message: field }, { requiredKeys: [] })),
            allow: field,
          },
          { requiredKeys: [] },
        ),
        templates: fc.dictionary(fc.oneof(fc.constantFrom(...TEMPLATE_IDS), fc.string()), fc.string()),
        sites: fc.dictionary(fc.string(), fc.anything()),
        sendGuard: fc.dictionary(fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (input) => {
        const policy = checkResult(input);
        for (const id of RULE_IDS) {
          const asked = (input.rules as Record<string, unknown> | undefined)?.[id];
          if (ruleSeverity(policy, id) === 'off') expect(asked).toBe('off');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('policyJsonSchema()', () => {
  const schema = policyJsonSchema() as any;

  it('describes every top-level field, all optional, nothing else allowed', () => {
    expect(Object.keys(schema.properties)).toEqual(Object.keys(POLICY_SCHEMA.shape));
    expect(schema.required ?? []).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('lists the rule ids and settings, and the template ids', () => {
    expect(schema.properties.rules.propertyNames.enum).toEqual(RULE_IDS);
    expect(schema.properties.rules.additionalProperties.enum).toEqual(['off', 'info', 'warn', 'block']);
    expect(schema.properties.templates.propertyNames.enum).toEqual([...TEMPLATE_IDS]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('its string patterns agree with loadPolicy on the examples', () => {
    const phonePattern = new RegExp(schema.properties.practice.properties.phones.items.pattern);
    expect(phonePattern.test('(555) 201-4400')).toBe(true);
    expect(phonePattern.test('555-01')).toBe(false);
    const websitePattern = new RegExp(schema.properties.practice.properties.website.pattern);
    expect(websitePattern.test('harborpointhealth.example')).toBe(true);
    expect(websitePattern.test('bay')).toBe(false);
  });
});
