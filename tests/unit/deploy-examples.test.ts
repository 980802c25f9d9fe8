// The example files IT copies from docs/deploy/: each one must carry a managed value that Chrome's
// schema check lets through (managedStorageSchema(), in Chrome's dialect) and that ReplyRx reads
// without a problem, with the locks docs/deploy.md promises. The .reg file is read the way Chrome
// reads the registry (a small parser for the subset used, then Chrome's type conversions).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectivePolicy, managedStorageSchema, readManagedPolicy } from '../../rules/managed';

const DOCS = new URL('../../docs/', import.meta.url);
const read = (name: string) => readFileSync(new URL(`deploy/${name}`, DOCS), 'utf8');
const json = (name: string) => JSON.parse(read(name));

type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; description?: string };
const SCHEMA = managedStorageSchema() as Schema;
const CHROME_ID = /^[a-p]{32}$/;
const FIREFOX_ID = 'replyrx@replyrx.app';

// ---- Chrome's schema dialect: what Chrome checks before the extension sees anything ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const TYPE_CHECKS: Record<string, (v: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  integer: Number.isInteger,
  number: (v) => typeof v === 'number',
};

/** Every way `value` breaks `schema`, as "path: what". Unknown properties are errors here (stricter than Chrome, which drops them). */
function validate(schema: Schema, value: unknown, path = ''): string[] {
  const check = TYPE_CHECKS[schema.type];
  if (!check) return [`${path}: schema type ${schema.type} is not Chrome's`];
  if (!check(value)) return [`${path}: expected ${schema.type}, got ${JSON.stringify(value)}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  if (schema.type === 'array') return (value as unknown[]).flatMap((item, i) => validate(schema.items!, item, `${path}[${i}]`));
  if (schema.type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
      const child = schema.properties?.[key];
      const at = path ? `${path}.${key}` : key;
      return child ? validate(child, item, at) : [`${at}: unknown property`];
    });
  }
  return [];
}

describe('the Chrome-dialect validator', () => {
  const ok = { defaults: { practice: { phones: ['(555) 201-4400'] } }, locked: { version: 1, sendGuard: { allowPostAnyway: false } } };

  it('passes a well-typed value', () => {
    expect(validate(SCHEMA, ok)).toEqual([]);
  });

  it('fails wrongly typed values, unknown properties and values outside an enum', () => {
    expect(validate(SCHEMA, { locked: { sendGuard: { allowPostAnyway: 'false' } } })).toEqual(['locked.sendGuard.allowPostAnyway: expected boolean, got "false"']);
    expect(validate(SCHEMA, { defaults: { practice: { phones: '(555) 201-4400' } } })).toEqual(['defaults.practice.phones: expected array, got "(555) 201-4400"']);
    expect(validate(SCHEMA, { defaults: { allowNames: ['Jenna', 7] } })).toEqual(['defaults.allowNames[1]: expected string, got 7']);
    expect(validate(SCHEMA, { locked: { version: 1.5 } })).toEqual(['locked.version: expected integer, got 1.5']);
    expect(validate(SCHEMA, { locked: { rules: { bogus: 'block' } } })).toEqual(['locked.rules.bogus: unknown property']);
    expect(validate(SCHEMA, { lockd: {} })).toEqual(['lockd: unknown property']);
    expect(validate(SCHEMA, [])).toEqual([': expected object, got []']);
    expect(validate({ type: 'string', enum: ['off', 'block'] }, 'Block', 'x')).toEqual(['x: "Block" is not one of ["off","block"]']);
  });
});

// ---- The registry, read the way Chrome reads it ----

interface RegKey { values: Map<string, string | number>; keys: Map<string, RegKey> }
const newKey = (): RegKey => ({ values: new Map(), keys: new Map() });

/** Parses the .reg subset the examples use: [keys], "name"="string" (with \" and \\), "name"=dword:hex, ; comments. */
function parseReg(text: string): RegKey {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error(`not a .reg file: ${lines[0]}`);
  const root = newKey();
  let current: RegKey | undefined;
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith(';')) return;
    const key = /^\[([^\]]+)\]$/.exec(line);
    if (key) {
      current = root;
      for (const part of key[1].split('\\')) {
        const name = part.toLowerCase(); // the registry is case-insensitive
        if (!current.keys.has(name)) current.keys.set(name, newKey());
        current = current.keys.get(name)!;
      }
      return;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`line ${i + 2}: cannot read ${JSON.stringify(line)}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.values.set(unescape(value[1]), value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]));
  });
  return root;
}

/** Chrome's ConvertRegistryValue (components/policy/core/common/registry_dict.cc): undefined when it cannot convert. */
function convertValue(value: string | number, schema: Schema | undefined): unknown {
  if (!schema) return value;
  if (TYPE_CHECKS[schema.type](value)) return value;
  const int = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : undefined;
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'number' ? value !== 0 : int !== undefined ? int !== 0 : undefined;
    case 'integer':
      return int;
    case 'object':
    case 'array': {
      // Dictionaries and lists may be written as JSON strings.
      if (typeof value !== 'string') return undefined;
      try {
        const parsed = JSON.parse(value);
        return TYPE_CHECKS[schema.type](parsed) ? parsed : undefined;
      } catch {
        return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** Chrome's RegistryDict::ConvertToJSON for an object schema: values and subkeys by name. */
function convertKey(key: RegKey, schema: Schema | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const child = (name: string) => Object.entries(schema?.properties ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
  for (const [name, value] of key.values) {
    const [prop, sub] = child(name) ?? [name, undefined];
    const converted = convertValue(value, sub);
    if (converted !== undefined) out[prop] = converted;
  }
  for (const [name, subkey] of key.keys) {
    const [prop, sub] = child(name) ?? [name, undefined];
    out[prop] = convertKey(subkey, sub);
  }
  return out;
}

function findKey(key: RegKey, path: string[]): RegKey | undefined {
  return path.reduce<RegKey | undefined>((k, part) => k?.keys.get(part.toLowerCase()), key);
}

const CHROME_KEY = ['HKEY_LOCAL_MACHINE', 'SOFTWARE', 'Policies', 'Google', 'Chrome'];

/** The managed value of the one extension the .reg file configures. */
function managedFromReg(text: string): unknown {
  const extensions = findKey(parseReg(text), [...CHROME_KEY, '3rdparty', 'extensions']);
  const ids = [...(extensions?.keys.keys() ?? [])];
  expect(ids).toHaveLength(1);
  expect(ids[0]).toMatch(CHROME_ID);
  const policy = extensions!.keys.get(ids[0])!.keys.get('policy');
  expect(policy).toBeDefined();
  return convertKey(policy!, SCHEMA);
}

describe('the .reg reader', () => {
  const header = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\abcdefghijklmnopabcdefghijklmnop\\policy]\r\n';

  it('reads JSON strings with escapes, subkeys, DWORD booleans and string booleans as Chrome converts them', () => {
    const reg = `${header}"defaults"="{\\"practice\\":{\\"name\\":\\"Say \\\\\\"hi\\\\\\"\\"}}"\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\abcdefghijklmnopabcdefghijklmnop\\policy\\Locked\\SendGuard]\r\n"allowPostAnyway"=dword:00000000\r\n"enabled"="1"\r\n`;
    expect(managedFromReg(reg)).toEqual({ defaults: { practice: { name: 'Say "hi"' } }, locked: { sendGuard: { allowPostAnyway: false, enabled: true } } });
  });

  it('leaves out what Chrome cannot convert (broken JSON), so the validator sees it missing', () => {
    expect(managedFromReg(`${header}"defaults"="{\\"practice\\":"\r\n"locked"="{}"\r\n`)).toEqual({ locked: {} });
  });

  it('refuses lines outside the subset', () => {
    expect(() => parseReg(`${header}"x"=hex:01,02\r\n`)).toThrow(/cannot read/);
    expect(() => parseReg('REGEDIT4\r\n')).toThrow(/not a .reg file/);
  });
});

// ---- The examples ----

const EXAMPLES: Record<string, () => unknown> = {
  'chrome-linux-policy.json': () => {
    const file = json('chrome-linux-policy.json');
    const ids = Object.keys(file['3rdparty'].extensions);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(CHROME_ID);
    expect(file.ExtensionInstallForcelist).toEqual([`${ids[0]};https://clients2.google.com/service/update2/crx`]);
    return file['3rdparty'].extensions[ids[0]];
  },
  'chrome-windows.reg': () => managedFromReg(read('chrome-windows.reg')),
  'google-admin-console.json': () => {
    // The Admin console wraps each policy value as {"Value": ...}.
    const file = json('google-admin-console.json');
    return Object.fromEntries(
      Object.entries(file).map(([key, wrapped]) => {
        expect(Object.keys(wrapped as object)).toEqual(['Value']);
        return [key, (wrapped as { Value: unknown }).Value];
      }),
    );
  },
  'firefox-policies.json': () => {
    const { policies } = json('firefox-policies.json');
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([FIREFOX_ID]);
    expect(policies.ExtensionSettings[FIREFOX_ID].installation_mode).toBe('force_installed');
    return policies['3rdparty'].Extensions[FIREFOX_ID];
  },
};

const LOCKS = ['rules.health-details', 'rules.medical-advice', 'sendGuard.allowPostAnyway', 'sendGuard.enabled', 'sites.facebook', 'sites.linkedin', 'sites.x'];

describe.each(Object.keys(EXAMPLES))('docs/deploy/%s', (name) => {
  const managedValue = EXAMPLES[name]();

  it("passes Chrome's schema check for the managed-storage schema", () => {
    expect(validate(SCHEMA, managedValue)).toEqual([]);
    expect(Object.keys(managedValue as object).sort()).toEqual(['defaults', 'locked']);
  });

  it('is read by ReplyRx without a problem, and locks what docs/deploy.md says over what the manager set', () => {
    const managed = readManagedPolicy(managedValue);
    expect(managed.problems).toEqual([]);
    const local = {
      practice: { name: 'Harbor Point Health' },
      rules: { 'medical-advice': 'off', 'health-details': 'warn', jargon: 'info' },
      sites: { x: false },
      sendGuard: { allowPostAnyway: true },
    };
    const { policy, locks } = effectivePolicy(local, managed);
    expect([...locks].sort()).toEqual(LOCKS);
    expect(policy.rules).toEqual({ 'medical-advice': 'block', 'health-details': 'block', jargon: 'info', emergency: 'warn' });
    expect(policy.sites).toEqual({ facebook: true, x: true, linkedin: true });
    expect(policy.sendGuard).toEqual({ enabled: true, allowPostAnyway: false });
    // Defaults fill in what the manager left out, and give way to what the manager set.
    expect(policy.practice).toEqual({
      name: 'Harbor Point Health',
      phones: ['(555) 201-4400', '555-201-4401'],
      emails: ['hello@harborpointhealth.example'],
      address: '1200 Harbor Point Blvd, Suite 3, Bayview, OR 97000',
      website: 'harborpointhealth.example',
    });
    expect(policy.allowNames).toContain('Dr. Anita Patel');
    expect(policy.templates.thanks).toMatch(/\{practiceName\}/);
  });

  it('carries the same policy as the Linux example', () => {
    expect(managedValue).toEqual(EXAMPLES['chrome-linux-policy.json']());
  });
});

describe('docs/deploy.md', () => {
  const doc = readFileSync(new URL('deploy.md', DOCS), 'utf8');

  it('links every example file, and every example is tested here', () => {
    const files = readdirSync(new URL('deploy/', DOCS)).sort();
    expect(files).toEqual(Object.keys(EXAMPLES).sort());
    for (const file of files) expect(doc).toContain(`(deploy/${file})`);
  });

  it('tells IT to replace the placeholder ID the Chrome examples use', () => {
    const placeholder = 'a'.repeat(32);
    for (const file of ['chrome-linux-policy.json', 'chrome-windows.reg']) expect(read(file)).toContain(placeholder);
    expect(doc).toContain(placeholder);
  });
});
