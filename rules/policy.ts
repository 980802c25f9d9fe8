// The practice policy. One schema (rules/schema.ts) is the single source of the shape, the defaults,
// the TypeScript type and the JSON Schema. loadPolicy() walks that same schema leniently,
// so one bad field costs only itself and is reported, never the rest of the policy.
import { RULE_IDS, type RuleId } from './rule-ids';
import { RULE_META } from './rule-meta';
import { RULE_SETTINGS, SEVERITIES, type RuleSetting, type Severity, type Site } from './types';
import { PLACEHOLDERS, TEMPLATE_IDS, unknownPlaceholders } from './templates';
import { array, boolean, checkLeaf, hasDefault, literal, object, oneOf, record, string, toJsonSchema, withDefaults, type Infer, type Schema } from './schema';

/** The longest list the policy keeps; longer lists are cut to this and reported. */
export const MAX_ITEMS = 1000;
/** Name lists are longer: a hospital or a group of practices lists every staff member's name in several spellings
 * ("Dr Okafor", "Dr. Amara Okafor", "Bác sĩ Okafor"), so a few thousand names is ordinary. */
export const MAX_NAMES = 5000;
/** Past this many, problems are summed up in one last line. */
const MAX_PROBLEMS = 100;

const name = string(100, { nonEmpty: true });
const list = <T extends Schema>(item: T, max = MAX_ITEMS) => array(item, max, { default: [] });
const names = list(name, MAX_NAMES);

// 7 to 15 digits, separated only by spaces and + ( ) . / -; kept as written.
const phone = string(40, {
  pattern: { regex: /^[\s+().\/-]*(?:\d[\s+().\/-]*){7,15}$/, message: 'must be a phone number with 7 to 15 digits' },
});
// zod's "practical email validation", which the policy used before it had its own schema.
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const email = string(254, { pattern: { regex: EMAIL, message: 'must be an email address' } });
// A bare hostname or an http(s) URL; empty means none.
const website = string(300, {
  pattern: {
    regex: /^$|^(?:https?:\/\/)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,62}(?::\d{1,5})?(?:[/?#]\S*)?$/,
    message: 'must be a hostname such as clinic.example or a URL such as https://clinic.example',
  },
  default: '',
});
const template = string(1000, {
  nonEmpty: true,
  refine: (value) => {
    const unknown = unknownPlaceholders(value);
    if (unknown.length === 0) return undefined;
    return `unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`;
  },
});

const ruleId = oneOf(RULE_IDS, { message: 'unknown rule id' });
const templateId = oneOf(TEMPLATE_IDS, { message: 'unknown template id' });

const siteSwitch = boolean({ default: true });

export const POLICY_SCHEMA = object({
  version: literal(1, { default: 1 }),
  practice: object(
    {
      name: string(100, { default: '' }),
      phones: list(phone),
      emails: list(email),
      address: string(300, { default: '' }),
      website,
    },
    { default: {} },
  ),
  /** Staff and public names that are never flagged. */
  allowNames: names,
  /** Whether staff may add a name to allowNames from the warning card ("Never flag this name"). */
  staffCanAddNames: boolean({ default: true }),
  rules: record(ruleId, oneOf(RULE_SETTINGS), { default: {} }),
  customTerms: object(
    {
      deny: list(object({ term: name, severity: oneOf(SEVERITIES, { default: 'warn' }), message: string(300, { default: '' }) })),
      allow: names,
    },
    { default: {} },
  ),
  templates: record(templateId, template, { default: {} }),
  sites: object({ facebook: siteSwitch, x: siteSwitch, linkedin: siteSwitch } satisfies Record<Site, unknown>, { default: {} }),
  sendGuard: object({ enabled: boolean({ default: true }), allowPostAnyway: boolean({ default: true }) }, { default: {} }),
});

export type Policy = Infer<typeof POLICY_SCHEMA>;

export interface PolicyProblem {
  /** Where, e.g. `practice.phones[1]` or `rules.medical-advice`; '' is the policy as a whole. */
  path: string;
  message: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * The policy of a practice that has configured nothing: what the schema's defaults make of `{}`
 * (tests/unit/policy.test.ts holds the two together). Frozen: copy it before changing it.
 */
export const DEFAULT_POLICY: Policy = deepFreeze({
  version: 1,
  practice: { name: '', phones: [], emails: [], address: '', website: '' },
  allowNames: [],
  staffCanAddNames: true,
  rules: {},
  customTerms: { deny: [], allow: [] },
  templates: {},
  sites: { facebook: true, x: true, linkedin: true },
  sendGuard: { enabled: true, allowPostAnyway: true },
});

/** JSON Schema (draft 2020-12) of the policy file as written, every field optional; built on demand. */
export const policyJsonSchema = () => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...toJsonSchema(POLICY_SCHEMA),
  title: 'ReplyRx practice policy',
});

type Cleaned = { ok: true; value: unknown } | { ok: false; problem: PolicyProblem };

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const reject = (path: string, message: string): Cleaned => ({ ok: false, problem: { path, message } });
const then = (problem: PolicyProblem, outcome: string) => ({ path: problem.path, message: `${problem.message}; ${outcome}` });

function received(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Keeps what is valid in `value` and reports what it drops. Missing values stay missing
 * (withPolicyDefaults fills them in). When `value` as a whole is unusable, the rejection
 * goes back to the caller, which knows what happens instead (default, dropped item...).
 */
function clean(schema: Schema, value: unknown, path: string, problems: PolicyProblem[]): Cleaned {
  if (value === undefined && hasDefault(schema)) return { ok: true, value };

  if (schema.kind === 'object') {
    if (!isPlainObject(value)) return reject(path, `Invalid input: expected object, received ${received(value)}`);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(schema.shape, key)) problems.push({ path: join(path, key), message: 'unknown field; ignored' });
    }
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape)) {
      const result = clean(field, value[key], join(path, key), problems);
      if (result.ok) {
        if (result.value !== undefined) out[key] = result.value;
      } else if (hasDefault(field)) {
        problems.push(then(result.problem, 'using the default'));
      } else {
        return result; // a required field is broken, so its whole object is
      }
    }
    return { ok: true, value: out };
  }

  if (schema.kind === 'array') {
    if (!Array.isArray(value)) return reject(path, `Invalid input: expected array, received ${received(value)}`);
    if (value.length > schema.max) {
      problems.push({ path, message: `has ${value.length} items; only the first ${schema.max} are kept` });
    }
    const out: unknown[] = [];
    value.slice(0, schema.max).forEach((item, i) => {
      const result = clean(schema.item, item, `${path}[${i}]`, problems);
      if (result.ok) out.push(result.value);
      else problems.push(then(result.problem, 'dropped'));
    });
    return { ok: true, value: out };
  }

  if (schema.kind === 'record') {
    if (!isPlainObject(value)) return reject(path, `Invalid input: expected object, received ${received(value)}`);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const keyCheck = checkLeaf(schema.key, key);
      if (!keyCheck.ok) {
        problems.push({ path: join(path, key), message: `${keyCheck.message}; ignored` });
        continue;
      }
      const result = clean(schema.value, item, join(path, key), problems);
      if (result.ok) out[key] = result.value;
      else problems.push(then(result.problem, 'using the default'));
    }
    return { ok: true, value: out };
  }

  const checked = checkLeaf(schema, value);
  return checked.ok ? checked : reject(path, checked.message);
}

function capped(problems: PolicyProblem[]): PolicyProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '', message: `${rest} more problems not shown` }];
}

/** A policy with only some fields set, every one of them valid (the output of readPartialPolicy). */
export type PartialPolicy = Record<string, unknown>;

/**
 * Keeps the valid fields of `raw` and nothing else: no defaults are filled in, so what is
 * missing stays missing. Used for the layers that are merged into one policy (IT's defaults,
 * the manager's own settings, IT's locks). Never throws.
 */
export function readPartialPolicy(raw: unknown): { value: PartialPolicy; problems: PolicyProblem[] } {
  return readValid(raw, 'ignored');
}

/** The valid part of `raw`; when `raw` as a whole is unusable, nothing, with one problem saying `outcome`. */
function readValid(raw: unknown, outcome: string): { value: PartialPolicy; problems: PolicyProblem[] } {
  try {
    const problems: PolicyProblem[] = [];
    // No policy at all (nothing stored yet) is the empty policy, not a mistake.
    const result = clean(POLICY_SCHEMA, raw === undefined ? {} : raw, '', problems);
    if (!result.ok) problems.push(then(result.problem, outcome));
    return { value: result.ok ? (result.value as PartialPolicy) : {}, problems: capped(problems) };
  } catch {
    // Only exotic values get here, such as objects whose getters throw.
    return { value: {}, problems: [{ path: '', message: `could not be read; ${outcome}` }] };
  }
}

const GROUPS: ReadonlySet<string> = new Set(
  Object.entries(POLICY_SCHEMA.shape)
    .filter(([, field]) => field.kind === 'object' || field.kind === 'record')
    .map(([key]) => key),
);
/** True for a top-level field that holds other fields (practice, rules...): merged and locked per field inside. */
export const isPolicyGroup = (key: string): boolean => GROUPS.has(key);

/** A partial policy (valid fields only, as readPartialPolicy keeps them) with every missing field at its default. */
export const withPolicyDefaults = (partial: PartialPolicy): Policy => withDefaults(POLICY_SCHEMA, partial) as Policy;

/**
 * Reads a policy from anything (parsed JSON, managed storage...). Never throws. Each invalid
 * field falls back to its default, each invalid list item is dropped, unknown fields and rule
 * ids are ignored, and every one of those is reported. Missing fields, and a missing
 * (undefined) policy, are defaulted silently.
 */
export function loadPolicy(raw: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const { value, problems } = readValid(raw, 'using the default policy');
  return { policy: withPolicyDefaults(value), problems };
}

const DEFAULT_SEVERITY = Object.fromEntries(RULE_META.map((r) => [r.id, r.defaultSeverity])) as Record<
  RuleId,
  Severity
>;

/** The policy's setting for a rule, or the rule's default severity. */
export function ruleSeverity(policy: Policy, ruleId: RuleId): RuleSetting {
  return policy.rules[ruleId] ?? DEFAULT_SEVERITY[ruleId];
}

/** The practice's main phone number as written, or '' when it has none. */
export function practicePhone(policy: Policy): string {
  return policy.practice.phones[0] ?? '';
}
