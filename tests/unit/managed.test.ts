// IT's managed policy (rules/managed.ts): the three layers and their per-field merge, field paths,
// reading what managed storage holds, and the Chrome managed-storage schema.
import { describe, expect, it } from 'vitest';
import {
  effectivePolicy,
  fieldPaths,
  readField,
  managedStorageSchema,
  mergePolicies,
  NO_MANAGED_POLICY,
  readManagedPolicy,
  valueAt,
  withField,
} from '../../rules/managed';
import { DEFAULT_POLICY, loadPolicy, policyJsonSchema, ruleSeverity } from '../../rules/policy';
import { RULE_IDS } from '../../rules/rule-ids';
import { TEMPLATE_IDS } from '../../rules/templates';

const managed = (raw: unknown) => {
  const m = readManagedPolicy(raw);
  expect(m.problems).toEqual([]);
  return m;
};

describe('effectivePolicy: defaults < local < locked, field by field', () => {
  const it_ = managed({
    defaults: {
      practice: { name: 'Harbor Point Family Health', phones: ['(555) 201-4400'], website: 'harborpointhealth.example' },
      rules: { jargon: 'off', emergency: 'warn' },
      allowNames: ['Dr. Anita Patel'],
    },
    locked: { practice: { phones: ['(555) 201-4400', '555-201-4401'] }, rules: { 'medical-advice': 'block' }, sendGuard: { allowPostAnyway: false } },
  });

  it('the manager overrides a default; a lock overrides the manager', () => {
    const local = {
      practice: { name: 'Harbor Point Health', phones: ['(555) 999-0000'] },
      rules: { jargon: 'info', 'medical-advice': 'off' },
      sendGuard: { allowPostAnyway: true, enabled: false },
    };
    const { policy, locks, problems } = effectivePolicy(local, it_);
    expect(problems).toEqual([]);
    expect(policy.practice.name).toBe('Harbor Point Health'); // local over default
    expect(policy.practice.website).toBe('harborpointhealth.example'); // default kept: local did not set it
    expect(policy.practice.phones).toEqual(['(555) 201-4400', '555-201-4401']); // locked over local
    expect(policy.practice.address).toBe(''); // set nowhere: the schema default
    expect(policy.rules['medical-advice']).toBe('block'); // locked over local 'off'
    expect(policy.rules.jargon).toBe('info'); // local over default, same group as a lock
    expect(policy.rules.emergency).toBe('warn'); // default, same group
    expect(policy.sendGuard).toEqual({ enabled: false, allowPostAnyway: false }); // one field locked, its sibling the manager's
    expect(policy.allowNames).toEqual(['Dr. Anita Patel']);
    expect([...locks].sort()).toEqual(['practice.phones', 'rules.medical-advice', 'sendGuard.allowPostAnyway']);
  });

  it('without a local policy, IT defaults and locks apply; without managed values, the local policy is the policy', () => {
    const { policy } = effectivePolicy(undefined, it_);
    expect(policy.practice.name).toBe('Harbor Point Family Health');
    expect(ruleSeverity(policy, 'medical-advice')).toBe('block');
    const local = { practice: { name: 'Bay Clinic' }, rules: { jargon: 'off' } };
    expect(effectivePolicy(local)).toEqual({ policy: loadPolicy(local).policy, locks: new Set(), problems: [] });
    expect(effectivePolicy(undefined).policy).toEqual(DEFAULT_POLICY);
  });

  it('a list is one field: a locked list replaces the local one, it is not merged item by item', () => {
    const m = managed({ locked: { allowNames: ['Dr. Anita Patel'] }, defaults: { customTerms: { allow: ['Harbor Point'] } } });
    const { policy, locks } = effectivePolicy({ allowNames: ['Jenna'], customTerms: { allow: ['Bayview'], deny: [{ term: 'sedation' }] } }, m);
    expect(policy.allowNames).toEqual(['Dr. Anita Patel']);
    expect(policy.customTerms.allow).toEqual(['Bayview']); // local over default
    expect(policy.customTerms.deny).toEqual([{ term: 'sedation', severity: 'warn', message: '' }]);
    expect([...locks]).toEqual(['allowNames']);
  });

  it('locking every site overrides a manager who turned one off', () => {
    const m = managed({ locked: { sites: { facebook: true, x: true, linkedin: true } } });
    const { policy, locks } = effectivePolicy({ sites: { x: false, linkedin: false } }, m);
    expect(policy.sites).toEqual({ facebook: true, x: true, linkedin: true });
    expect([...locks].sort()).toEqual(['sites.facebook', 'sites.linkedin', 'sites.x']);
  });

  it('a locked template wins over the local one; other templates stay the manager\'s', () => {
    const m = managed({ locked: { templates: { emergency: 'Call 911 now, or {phone}.' } } });
    const { policy } = effectivePolicy({ templates: { emergency: 'Local', thanks: 'Thanks from {practiceName}!' } }, m);
    expect(policy.templates).toEqual({ emergency: 'Call 911 now, or {phone}.', thanks: 'Thanks from {practiceName}!' });
  });

  it("problems in the manager's own settings are reported and cost only their field; locks still apply", () => {
    const m = managed({ locked: { rules: { 'medical-advice': 'block' } } });
    const { policy, problems } = effectivePolicy({ practice: { name: 'Bay', phones: ['12'] }, rules: { 'medical-advice': 'loud', jargon: 'off' } }, m);
    expect(problems.map((p) => p.path)).toEqual(['practice.phones[0]', 'rules.medical-advice']);
    expect(policy.practice).toMatchObject({ name: 'Bay', phones: [] });
    expect(policy.rules).toEqual({ 'medical-advice': 'block', jargon: 'off' });
  });

  it('a damaged local policy (not an object) falls back to the managed layers', () => {
    const m = managed({ defaults: { practice: { name: 'Harbor Point Family Health' } } });
    const { policy, problems } = effectivePolicy('nonsense', m);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('');
    expect(policy.practice.name).toBe('Harbor Point Family Health');
  });
});

describe('mergePolicies', () => {
  it('replaces top-level fields, merges groups key by key, and mutates neither input', () => {
    const base = { practice: { name: 'A', phones: ['555-201-4400'] }, rules: { jargon: 'off' }, allowNames: ['Jenna'] };
    const over = { practice: { name: 'B' }, rules: { emergency: 'warn' }, allowNames: ['Priya'] };
    const before = structuredClone({ base, over });
    expect(mergePolicies(base, over)).toEqual({
      practice: { name: 'B', phones: ['555-201-4400'] },
      rules: { jargon: 'off', emergency: 'warn' },
      allowNames: ['Priya'],
    });
    expect({ base, over }).toEqual(before);
  });

  it('a group only on one side is taken as it is', () => {
    expect(mergePolicies({}, { sites: { x: false } })).toEqual({ sites: { x: false } });
    expect(mergePolicies({ sites: { x: false } }, {})).toEqual({ sites: { x: false } });
  });
});

describe('field paths', () => {
  it('fieldPaths lists every leaf a partial policy sets, groups per key, and nothing for an empty group', () => {
    expect(
      fieldPaths({ version: 1, practice: { name: 'A', phones: [] }, allowNames: [], rules: { 'medical-advice': 'block' }, customTerms: { deny: [] }, sites: {} }),
    ).toEqual(['version', 'practice.name', 'practice.phones', 'allowNames', 'rules.medical-advice', 'customTerms.deny']);
    expect(fieldPaths({})).toEqual([]);
  });

  it('valueAt reads a top-level field, a group field or nothing, on partial and full policies', () => {
    const partial = { allowNames: ['Jenna'], rules: { jargon: 'off' } };
    expect(valueAt(partial, 'allowNames')).toEqual(['Jenna']);
    expect(valueAt(partial, 'rules.jargon')).toBe('off');
    expect(valueAt(partial, 'rules.emergency')).toBeUndefined();
    expect(valueAt(partial, 'practice.name')).toBeUndefined();
    expect(valueAt(DEFAULT_POLICY, 'sendGuard.allowPostAnyway')).toBe(true);
    expect(valueAt(DEFAULT_POLICY, 'sites')).toEqual({ facebook: true, x: true, linkedin: true });
  });

  it('withField sets and removes one field without touching the input', () => {
    const start = { practice: { name: 'A' }, allowNames: ['Jenna'] };
    const frozen = structuredClone(start);
    const set = withField(start, 'practice.phones', ['555-201-4400']);
    expect(set).toEqual({ practice: { name: 'A', phones: ['555-201-4400'] }, allowNames: ['Jenna'] });
    expect(withField(start, 'rules.jargon', 'off')).toEqual({ ...start, rules: { jargon: 'off' } });
    expect(withField(start, 'allowNames', undefined)).toEqual({ practice: { name: 'A' } });
    const removed = withField(start, 'practice.name', undefined);
    expect(fieldPaths(removed)).toEqual(['allowNames']); // the emptied group sets nothing
    expect(start).toEqual(frozen);
    // Round trip: what withField sets, valueAt reads.
    for (const path of ['version', 'practice.website', 'rules.medical-advice', 'sendGuard.enabled', 'templates.thanks']) {
      expect(valueAt(withField({}, path, 'v'), path)).toBe('v');
    }
  });

  it('readField checks one value in the policy\'s words, with the full path, and keeps it as the policy would', () => {
    expect(readField('practice.phones', ['(555) 201-4400']).problems).toEqual([]);
    expect(readField('rules.medical-advice', 'block').problems).toEqual([]);
    expect(readField('practice.phones', ['(555) 201-4400', '12']).problems.map((p) => p.path)).toEqual(['practice.phones[1]']);
    expect(readField('practice.phones', ['12']).problems[0].message).toMatch(/7 to 15 digits; dropped$/);
    expect(readField('rules.medical-advice', 'loud').problems).toEqual([
      { path: 'rules.medical-advice', message: expect.stringMatching(/using the default$/) },
    ]);
    expect(readField('rules.bogus', 'warn').problems).toEqual([{ path: 'rules.bogus', message: 'unknown rule id; ignored' }]);
    expect(readField('sites.x', 'no').problems.map((p) => p.path)).toEqual(['sites.x']);
    expect(readField('templates.thanks', 'Thanks from {practice}!').problems[0].message).toMatch(/unknown placeholder \{practice\}/);
    expect(readField('practice.name', '  Harbor Point  ').value).toBe('Harbor Point');
    expect(readField('practice.phones', ['12']).value).toEqual([]);
  });
});

describe('readManagedPolicy', () => {
  it('nothing pushed (undefined, null) is no managed policy and no problem', () => {
    expect(readManagedPolicy(undefined)).toEqual(NO_MANAGED_POLICY);
    expect(readManagedPolicy(null)).toEqual(NO_MANAGED_POLICY);
    expect(readManagedPolicy({})).toEqual(NO_MANAGED_POLICY);
  });

  it.each([42, 'locked', [], true])('managed storage that is not an object (%j) is ignored with one problem', (raw) => {
    expect(readManagedPolicy(raw)).toEqual({ defaults: {}, locked: {}, problems: [{ path: '', message: expect.stringMatching(/not an object/) }] });
  });

  it('keeps valid values as they are (trimmed), only the fields that were set', () => {
    const m = managed({ defaults: { practice: { name: ' Harbor Point Family Health ' } }, locked: { rules: { 'medical-advice': 'block' } } });
    expect(m.defaults).toEqual({ practice: { name: 'Harbor Point Family Health' } });
    expect(m.locked).toEqual({ rules: { 'medical-advice': 'block' } });
  });

  it('drops invalid values field by field, keeps their siblings, and reports each with its layer in the path', () => {
    const m = readManagedPolicy({
      defaults: { practice: { name: 'Harbor Point Family Health', website: 'not a website' }, rules: { bogus: 'warn', jargon: 'off' } },
      locked: {
        practice: { phones: ['12', '(555) 201-4400'] },
        rules: { 'medical-advice': 'loud', emergency: 'warn' },
        sendGuard: { allowPostAnyway: 'no', enabled: true },
        sites: 'all',
      },
    });
    expect(m.problems.map((p) => p.path).sort()).toEqual([
      'defaults.practice.website',
      'defaults.rules.bogus',
      'locked.practice.phones[0]',
      'locked.rules.medical-advice',
      'locked.sendGuard.allowPostAnyway',
      'locked.sites',
    ]);
    expect(m.problems.find((p) => p.path === 'locked.practice.phones[0]')!.message).toMatch(/7 to 15 digits; dropped$/);
    expect(m.defaults).toEqual({ practice: { name: 'Harbor Point Family Health' }, rules: { jargon: 'off' } });
    expect(m.locked).toEqual({ practice: { phones: ['(555) 201-4400'] }, rules: { emergency: 'warn' }, sendGuard: { enabled: true } });

    // A dropped lock locks nothing: the manager's own value applies there.
    const { policy, locks } = effectivePolicy({ rules: { 'medical-advice': 'off' }, sendGuard: { allowPostAnyway: false }, sites: { x: false } }, m);
    expect(locks.has('rules.medical-advice')).toBe(false);
    expect(locks.has('sites.x')).toBe(false);
    expect(policy.rules['medical-advice']).toBe('off');
    expect(policy.sendGuard.allowPostAnyway).toBe(false);
    expect(policy.sites.x).toBe(false);
    expect(locks.has('practice.phones')).toBe(true); // its valid item is kept and locked
    expect(policy.practice.phones).toEqual(['(555) 201-4400']);
  });

  it('a layer that is not an object is ignored and reported at its key', () => {
    const m = readManagedPolicy({ locked: 'block', defaults: { rules: { jargon: 'off' } } });
    expect(m.problems).toEqual([{ path: 'locked', message: expect.stringMatching(/expected object, received string; ignored$/) }]);
    expect(m.locked).toEqual({});
    expect(m.defaults).toEqual({ rules: { jargon: 'off' } });
  });

  it('reports unknown managed keys (a typo such as "lockd") and unknown fields inside a layer', () => {
    const m = readManagedPolicy({ lockd: { rules: { 'medical-advice': 'block' } }, defaults: { practice: { phone: '555-201-4400' } } });
    expect(m.problems).toEqual([
      { path: 'defaults.practice.phone', message: 'unknown field; ignored' },
      { path: 'lockd', message: expect.stringMatching(/unknown managed key/) },
    ]);
    expect(m.locked).toEqual({});
    expect(effectivePolicy({ rules: { 'medical-advice': 'off' } }, m).policy.rules['medical-advice']).toBe('off');
  });
});

// The Chrome schema dialect: https://developer.chrome.com/docs/extensions/reference/manifest/storage
type Node = Record<string, any>;
const CHROME_KEYS = new Set(['type', 'properties', 'items', 'enum', 'description']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

function walk(node: Node, path: string, visit: (node: Node, path: string) => void): void {
  visit(node, path);
  for (const [key, child] of Object.entries(node.properties ?? {})) walk(child as Node, `${path}.${key}`, visit);
  if (node.items) walk(node.items, `${path}[]`, visit);
}

/** The field tree of a JSON Schema: objects and records by their keys, arrays by their items, leaves by type. */
function shape(node: Node): unknown {
  if (node.type === 'object') {
    const keys: string[] = node.properties ? Object.keys(node.properties) : node.propertyNames.enum;
    const child = (k: string) => (node.properties ? node.properties[k] : node.additionalProperties);
    return Object.fromEntries(keys.map((k) => [k, shape(child(k))]));
  }
  if (node.type === 'array') return [shape(node.items)];
  return node.type === 'number' && node.const !== undefined ? 'integer' : node.type;
}

describe('managedStorageSchema', () => {
  const schema = managedStorageSchema() as Node;

  it('is an object of exactly the two managed keys', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['defaults', 'locked']);
    expect(schema.additionalProperties).toBeUndefined();
  });

  it('each key covers every policy field, with the same types as the policy JSON Schema', () => {
    const expected = shape(policyJsonSchema() as Node);
    for (const key of ['defaults', 'locked']) expect(shape(schema.properties[key])).toEqual(expected);
    // Spot checks, so a bug in shape() cannot hide a gap.
    const locked = schema.properties.locked;
    expect(Object.keys(locked.properties)).toEqual(['version', 'practice', 'allowNames', 'staffCanAddNames', 'rules', 'customTerms', 'templates', 'sites', 'sendGuard']);
    expect(Object.keys(locked.properties.rules.properties)).toEqual([...RULE_IDS]);
    expect(Object.keys(locked.properties.templates.properties)).toEqual([...TEMPLATE_IDS]);
    expect(locked.properties.customTerms.properties.deny.items.properties.severity.type).toBe('string');
    expect(locked.properties.version.type).toBe('integer');
  });

  it("uses only Chrome's dialect: type, properties, items, enum, description; every node typed", () => {
    const bad: string[] = [];
    walk(schema, '', (node, path) => {
      for (const key of Object.keys(node)) if (!CHROME_KEYS.has(key)) bad.push(`${path}: ${key}`);
      if (!CHROME_TYPES.has(node.type)) bad.push(`${path}: type ${node.type}`);
      if (node.type === 'object' && !node.properties) bad.push(`${path}: object without properties`);
      if (node.type === 'array' && !node.items) bad.push(`${path}: array without items`);
    });
    expect(bad).toEqual([]);
    expect(() => JSON.parse(JSON.stringify(schema))).not.toThrow();
  });

  it('has no enum: Chrome would drop the whole layer for one bad value, so readManagedPolicy checks them', () => {
    walk(schema, '', (node, path) => expect(node.enum, path).toBeUndefined());
    expect(schema.properties.locked.properties.rules.properties['medical-advice'].description).toBe('One of: off, info, warn, block');
  });
});
