// The policy in force is three layers, merged field by field: IT's defaults, then the practice
// manager's own settings, then IT's locks. A field is a leaf of the policy: `practice.phones`,
// `rules.medical-advice`, `sites.facebook`, `allowNames`... (groups such as `practice` or `rules`
// are merged per field inside). Pure: storage is the caller's business.
import { isPolicyGroup, POLICY_SCHEMA, readPartialPolicy, withPolicyDefaults, type PartialPolicy, type Policy, type PolicyProblem } from './policy';
import type { Schema } from './schema';

/** The keys IT sets in the browser's managed storage; both hold a policy in the documented format. */
export const MANAGED_KEYS = ['defaults', 'locked'] as const;

export interface ManagedPolicy {
  /** Values the manager starts from and may change. */
  defaults: PartialPolicy;
  /** Values the manager cannot change. */
  locked: PartialPolicy;
  /** What was wrong in IT's values, each path prefixed with `defaults.` or `locked.`. */
  problems: PolicyProblem[];
}

export const NO_MANAGED_POLICY: ManagedPolicy = { defaults: {}, locked: {}, problems: [] };

/** Reads what managed storage holds (undefined when IT pushed nothing). Invalid fields are dropped and reported. */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return NO_MANAGED_POLICY;
  if (!isPlainObject(raw)) return { ...NO_MANAGED_POLICY, problems: [{ path: '', message: 'managed storage is not an object; ignored' }] };
  const problems: PolicyProblem[] = [];
  const layer = (key: (typeof MANAGED_KEYS)[number]) => {
    const { value, problems: found } = readPartialPolicy(raw[key]);
    for (const p of found) problems.push({ path: p.path ? `${key}.${p.path}` : key, message: p.message });
    return value;
  };
  const managed = { defaults: layer('defaults'), locked: layer('locked'), problems };
  for (const key of Object.keys(raw)) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) problems.push({ path: key, message: 'unknown managed key (expected "defaults" or "locked"); ignored' });
  }
  return managed;
}

export interface EffectivePolicy {
  policy: Policy;
  /** The fields IT locked, as paths such as `practice.phones` or `rules.medical-advice`. */
  locks: ReadonlySet<string>;
  /** What was wrong in the manager's own settings. */
  problems: PolicyProblem[];
}

/** The policy in force: IT's defaults, overridden by the manager's settings, overridden by IT's locks. */
export function effectivePolicy(local: unknown, managed: ManagedPolicy = NO_MANAGED_POLICY): EffectivePolicy {
  const { value: own, problems } = readPartialPolicy(local);
  const merged = mergePolicies(mergePolicies(managed.defaults, own), managed.locked);
  return { policy: withPolicyDefaults(merged), locks: new Set(fieldPaths(managed.locked)), problems };
}

/** `over`'s fields replace `base`'s; groups (practice, rules...) are merged per field. */
export function mergePolicies(base: PartialPolicy, over: PartialPolicy): PartialPolicy {
  const out: PartialPolicy = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isPolicyGroup(key) && isPlainObject(value) && isPlainObject(base[key]) ? { ...base[key], ...value } : value;
  }
  return out;
}

/** Every field a partial policy sets, as paths (`practice.name`, `rules.jargon`, `allowNames`). */
export function fieldPaths(policy: PartialPolicy): string[] {
  return Object.entries(policy).flatMap(([key, value]) =>
    isPolicyGroup(key) && isPlainObject(value) ? Object.keys(value).map((inner) => `${key}.${inner}`) : [key],
  );
}

/** The value at a field path of a policy or partial policy. */
export function valueAt(policy: PartialPolicy | Policy, path: string): unknown {
  const [group, field] = splitPath(path);
  const top = (policy as PartialPolicy)[group];
  return field === undefined ? top : isPlainObject(top) ? top[field] : undefined;
}

/** A copy of the partial policy with one field set (undefined removes it). */
export function withField(policy: PartialPolicy, path: string, value: unknown): PartialPolicy {
  const [group, field] = splitPath(path);
  const out: PartialPolicy = { ...policy };
  if (field === undefined) {
    if (value === undefined) delete out[group];
    else out[group] = value;
    return out;
  }
  const inner: Record<string, unknown> = { ...(isPlainObject(out[group]) ? out[group] : {}) };
  if (value === undefined) delete inner[field];
  else inner[field] = value;
  out[group] = inner;
  return out;
}

/** One field's value as the policy keeps it (trimmed; undefined when nothing is kept) and what is wrong with it, in the policy's words. */
export function readField(path: string, value: unknown): { value: unknown; problems: PolicyProblem[] } {
  const { value: kept, problems } = readPartialPolicy(withField({}, path, value));
  return { value: valueAt(kept, path), problems };
}

function splitPath(path: string): [string, string | undefined] {
  const dot = path.indexOf('.');
  return dot < 0 ? [path, undefined] : [path.slice(0, dot), path.slice(dot + 1)];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ChromeSchema = { type: string; description?: string; properties?: Record<string, ChromeSchema>; items?: ChromeSchema };

/**
 * The managed-storage schema in Chrome's dialect (a JSON Schema subset: type, properties,
 * items, description), from the policy's schema. Types only: the finer checks
 * (phone digits, placeholders...) stay with readManagedPolicy, which reports them to the
 * manager; Chrome would drop a value failing them without saying why.
 */
export function managedStorageSchema(): ChromeSchema {
  const policy = toChromeSchema(POLICY_SCHEMA);
  return {
    type: 'object',
    properties: {
      defaults: { ...policy, description: 'Policy values the practice manager starts from and may change.' },
      locked: { ...policy, description: "Policy values the practice manager cannot change (shown as “Set by your practice's IT”)." },
    },
  };
}

function toChromeSchema(schema: Schema): ChromeSchema {
  switch (schema.kind) {
    case 'object':
      return { type: 'object', properties: Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, toChromeSchema(v)])) };
    case 'record': {
      // Every record in the policy is keyed by a closed list (rule ids, template ids).
      const value = toChromeSchema(schema.value);
      return { type: 'object', properties: Object.fromEntries(schema.key.values.map((k) => [k, value])) };
    }
    case 'array':
      return { type: 'array', items: toChromeSchema(schema.item) };
    // No `enum`: Chrome drops the whole `defaults` or `locked` value when one string is not in its enum
    // (seen in Chromium 150), so one typo would silently cost every lock. readManagedPolicy reports it instead.
    case 'enum':
      return { type: 'string', description: `One of: ${schema.values.join(', ')}` };
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'literal':
      return { type: 'integer' };
  }
}
