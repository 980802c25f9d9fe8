// The practice policy. One zod schema is the single source of the shape, the defaults,
// the TypeScript type and the JSON Schema. loadPolicy() walks that same schema leniently,
// so one bad field costs only itself and is reported, never the rest of the policy.
import { z } from 'zod';
import { RULE_IDS, type RuleId } from './rule-ids';
import { RULE_META } from './rule-meta';
import { RULE_SETTINGS, SEVERITIES, type RuleSetting, type Severity, type Site } from './types';
import { PLACEHOLDERS, TEMPLATE_IDS, unknownPlaceholders } from './templates';

// No compiled validators: a policy is parsed a few times a session, where compiling costs more than it
// saves, and the extension's CSP forbids the `new Function` probe (which it would report as a violation).
z.config({ jitless: true });

/** The longest list the policy keeps; longer lists are cut to this and reported. A hospital or a group of practices
 * lists every staff member's name in several spellings, so a few hundred names is ordinary. */
export const MAX_ITEMS = 1000;
/** Past this many, problems are summed up in one last line. */
const MAX_PROBLEMS = 100;

const text = (max: number) => z.string().trim().max(max);
const name = text(100).min(1, 'must not be empty');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS).default([]);

// 7 to 15 digits, separated only by spaces and + ( ) . / -; kept as written.
const phone = text(40).regex(
  /^[\s+().\/-]*(?:\d[\s+().\/-]*){7,15}$/,
  'must be a phone number with 7 to 15 digits',
);
const email = text(254).regex(z.regexes.email, 'must be an email address');
// A bare hostname or an http(s) URL; empty means none.
const website = text(300).regex(
  /^$|^(?:https?:\/\/)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,62}(?::\d{1,5})?(?:[/?#]\S*)?$/,
  'must be a hostname such as clinic.example or a URL such as https://clinic.example',
);
const template = text(1000)
  .min(1, 'must not be empty')
  .superRefine((value, ctx) => {
    const unknown = unknownPlaceholders(value);
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          `unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')}` +
          ` (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`,
      });
    }
  });

const ruleId = z.enum(RULE_IDS, { error: 'unknown rule id' });
const templateId = z.enum(TEMPLATE_IDS, { error: 'unknown template id' });

const siteSwitch = z.boolean().default(true);

// Built on first use: making zod's schema objects is a tenth of a cold start, and `replyrx check`
// without a policy never needs them (DEFAULT_POLICY below is written out).
const buildPolicySchema = () =>
  z
  .strictObject({
    version: z.literal(1).default(1),
    practice: z
      .strictObject({
        name: text(100).default(''),
        phones: list(phone),
        emails: list(email),
        address: text(300).default(''),
        website: website.default(''),
      })
      .prefault({}),
    /** Staff and public names that are never flagged. */
    allowNames: list(name),
    /** Whether staff may add a name to allowNames from the warning card ("Never flag this name"). */
    staffCanAddNames: z.boolean().default(true),
    rules: z.partialRecord(ruleId, z.enum(RULE_SETTINGS)).default({}),
    customTerms: z
      .strictObject({
        deny: list(
          z.strictObject({
            term: name,
            severity: z.enum(SEVERITIES).default('warn'),
            message: text(300).default(''),
          }),
        ),
        allow: list(name),
      })
      .prefault({}),
    templates: z.partialRecord(templateId, template).default({}),
    sites: z
      .strictObject({ facebook: siteSwitch, x: siteSwitch, linkedin: siteSwitch } satisfies Record<Site, unknown>)
      .prefault({}),
    sendGuard: z
      .strictObject({ enabled: z.boolean().default(true), allowPostAnyway: z.boolean().default(true) })
      .prefault({}),
  })
  .meta({ title: 'ReplyRx practice policy' });

let schema: ReturnType<typeof buildPolicySchema> | undefined;
export const policySchema = () => (schema ??= buildPolicySchema());

export type Policy = z.infer<ReturnType<typeof buildPolicySchema>>;

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
export const policyJsonSchema = () => z.toJSONSchema(policySchema(), { io: 'input' });

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

function hasDefault(schema: z.core.$ZodType): schema is z.ZodDefault | z.ZodPrefault {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault;
}

/**
 * Keeps what is valid in `value` and reports what it drops. Missing values stay missing
 * (the final parse fills in defaults). When `value` as a whole is unusable, the rejection
 * goes back to the caller, which knows what happens instead (default, dropped item...).
 */
function clean(schema: z.core.$ZodType, value: unknown, path: string, problems: PolicyProblem[]): Cleaned {
  if (hasDefault(schema)) {
    return value === undefined ? { ok: true, value } : clean(schema.unwrap(), value, path, problems);
  }

  if (schema instanceof z.ZodObject) {
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

  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return reject(path, `Invalid input: expected array, received ${received(value)}`);
    if (value.length > MAX_ITEMS) {
      problems.push({ path, message: `has ${value.length} items; only the first ${MAX_ITEMS} are kept` });
    }
    const out: unknown[] = [];
    value.slice(0, MAX_ITEMS).forEach((item, i) => {
      const result = clean(schema.element, item, `${path}[${i}]`, problems);
      if (result.ok) out.push(result.value);
      else problems.push(then(result.problem, 'dropped'));
    });
    return { ok: true, value: out };
  }

  if (schema instanceof z.ZodRecord) {
    if (!isPlainObject(value)) return reject(path, `Invalid input: expected object, received ${received(value)}`);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const keyCheck = z.safeParse(schema.keyType, key);
      if (!keyCheck.success) {
        problems.push({ path: join(path, key), message: `${keyCheck.error.issues[0].message}; ignored` });
        continue;
      }
      const result = clean(schema.valueType, item, join(path, key), problems);
      if (result.ok) out[key] = result.value;
      else problems.push(then(result.problem, 'using the default'));
    }
    return { ok: true, value: out };
  }

  const parsed = z.safeParse(schema, value);
  return parsed.success ? { ok: true, value: parsed.data } : reject(path, parsed.error.issues[0].message);
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
    const result = clean(policySchema(), raw === undefined ? {} : raw, '', problems);
    if (!result.ok) problems.push(then(result.problem, outcome));
    return { value: result.ok ? (result.value as PartialPolicy) : {}, problems: capped(problems) };
  } catch {
    // Only exotic values get here, such as objects whose getters throw.
    return { value: {}, problems: [{ path: '', message: `could not be read; ${outcome}` }] };
  }
}

let groups: ReadonlySet<string> | undefined;
/** True for a top-level field that holds other fields (practice, rules...): merged and locked per field inside. */
export function isPolicyGroup(key: string): boolean {
  groups ??= new Set(
    Object.entries(policySchema().shape)
      .filter(([, field]) => {
        const inner = hasDefault(field) ? field.unwrap() : field;
        return inner instanceof z.ZodObject || inner instanceof z.ZodRecord;
      })
      .map(([key]) => key),
  );
  return groups.has(key);
}

/**
 * Reads a policy from anything (parsed JSON, managed storage...). Never throws. Each invalid
 * field falls back to its default, each invalid list item is dropped, unknown fields and rule
 * ids are ignored, and every one of those is reported. Missing fields, and a missing
 * (undefined) policy, are defaulted silently.
 */
export function loadPolicy(raw: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const { value, problems } = readValid(raw, 'using the default policy');
  // Re-parsing the cleaned value fills in the defaults and guarantees the output shape.
  return { policy: policySchema().parse(value), problems };
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
