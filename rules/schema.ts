// A small schema language for plain JSON data, enough for the policy (rules/policy.ts): one description gives
// the TypeScript type, the defaults, the check of each value and the JSON Schema. It replaced zod, whose code and
// schema objects were about a tenth of the engine's cold start; its messages keep zod's wording.

export interface StringSchema {
  kind: 'string';
  /** Checked after trimming, as is everything below. */
  max: number;
  nonEmpty?: boolean;
  pattern?: { regex: RegExp; message: string };
  /** A further check: the problem with the (trimmed) value, or undefined. */
  refine?: (value: string) => string | undefined;
  default?: string;
}
export interface BooleanSchema {
  kind: 'boolean';
  default?: boolean;
}
export interface LiteralSchema<V extends number = number> {
  kind: 'literal';
  value: V;
  default?: V;
}
export interface EnumSchema<V extends string = string> {
  kind: 'enum';
  values: readonly V[];
  /** What an unknown value is reported as; by default, the values it may take. */
  message?: string;
  default?: V;
}
export interface ArraySchema<I extends Schema = Schema> {
  kind: 'array';
  item: I;
  max: number;
  default?: [];
}
/** An object keyed by some of a closed list of keys, each value of one schema. */
export interface RecordSchema<K extends string = string, V extends Schema = Schema> {
  kind: 'record';
  key: EnumSchema<K>;
  value: V;
  default?: Record<never, never>;
}
/** An object with known fields only. Its default, when it has one, is `{}`: every field at its own default. */
export interface ObjectSchema<S extends Shape = Shape> {
  kind: 'object';
  shape: S;
  default?: Record<never, never>;
}
type Shape = { [key: string]: Schema };
export type Schema = StringSchema | BooleanSchema | LiteralSchema | EnumSchema | ArraySchema | RecordSchema | ObjectSchema;

/** The value a schema describes once its defaults are filled in. */
export type Infer<S> =
  S extends ObjectSchema<infer F> ? { [K in keyof F]: Infer<F[K]> }
  : S extends RecordSchema<infer K, infer V> ? Partial<Record<K, Infer<V>>>
  : S extends ArraySchema<infer I> ? Infer<I>[]
  : S extends EnumSchema<infer V> ? V
  : S extends LiteralSchema<infer V> ? V
  : S extends BooleanSchema ? boolean
  : S extends StringSchema ? string
  : never;

export const hasDefault = (schema: Schema): boolean => schema.default !== undefined;

/** The type zod named in "expected string, received …": a class instance by its constructor, NaN as NaN. */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object') return typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value && value.constructor) return value.constructor.name;
  return 'object';
}

/** Checks a value against a string, boolean, literal or enum schema: the value as kept (trimmed), or the problem. */
export function checkLeaf(
  schema: StringSchema | BooleanSchema | LiteralSchema | EnumSchema,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const problem = (message: string) => ({ ok: false, message }) as const;
  switch (schema.kind) {
    case 'string': {
      if (typeof value !== 'string') return problem(`Invalid input: expected string, received ${typeName(value)}`);
      const kept = value.trim();
      if (kept.length > schema.max) return problem(`Too big: expected string to have <=${schema.max} characters`);
      if (schema.nonEmpty && kept === '') return problem('must not be empty');
      if (schema.pattern && !schema.pattern.regex.test(kept)) return problem(schema.pattern.message);
      const refused = schema.refine?.(kept);
      return refused ? problem(refused) : { ok: true, value: kept };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : problem(`Invalid input: expected boolean, received ${typeName(value)}`);
    case 'literal':
      return value === schema.value ? { ok: true, value } : problem(`Invalid input: expected ${schema.value}`);
    case 'enum':
      return (schema.values as readonly unknown[]).includes(value)
        ? { ok: true, value }
        : problem(schema.message ?? `Invalid option: expected one of ${schema.values.map((v) => `"${v}"`).join('|')}`);
  }
}

/**
 * A valid value with its defaults filled in, as new objects and arrays (the caller may change them).
 * Missing values take their schema's default.
 */
export function withDefaults(schema: Schema, value: unknown): unknown {
  const given = value === undefined ? schema.default : value;
  switch (schema.kind) {
    case 'object': {
      const object = given as Record<string, unknown>;
      return Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, withDefaults(field, object[key])]));
    }
    case 'record':
      return Object.fromEntries(Object.entries(given as object).map(([key, item]) => [key, withDefaults(schema.value, item)]));
    case 'array':
      return (given as unknown[]).map((item) => withDefaults(schema.item, item));
    default:
      return given;
  }
}

type JsonSchema = { [key: string]: unknown };

/** JSON Schema (draft 2020-12) of the data as written: a field with a default may be left out. Laid out as zod's was. */
export function toJsonSchema(schema: Schema): JsonSchema {
  const out: JsonSchema = hasDefault(schema) ? { default: structuredClone(schema.default) } : {};
  switch (schema.kind) {
    case 'string':
      return {
        ...out,
        type: 'string',
        ...(schema.nonEmpty && { minLength: 1 }),
        maxLength: schema.max,
        ...(schema.pattern && { pattern: schema.pattern.regex.source }),
      };
    case 'boolean':
      return { ...out, type: 'boolean' };
    case 'literal':
      return { ...out, type: 'number', const: schema.value };
    case 'enum':
      return { ...out, type: 'string', enum: [...schema.values] };
    case 'array':
      return { ...out, maxItems: schema.max, type: 'array', items: toJsonSchema(schema.item) };
    case 'record':
      return { ...out, type: 'object', propertyNames: toJsonSchema(schema.key), additionalProperties: toJsonSchema(schema.value) };
    case 'object': {
      const fields = Object.entries(schema.shape);
      const required = fields.filter(([, field]) => !hasDefault(field)).map(([key]) => key);
      return {
        ...out,
        type: 'object',
        properties: Object.fromEntries(fields.map(([key, field]) => [key, toJsonSchema(field)])),
        ...(required.length > 0 && { required }),
        additionalProperties: false,
      };
    }
  }
}

export const string = (max: number, options: Omit<StringSchema, 'kind' | 'max'> = {}): StringSchema => ({ kind: 'string', max, ...options });
export const boolean = (options: { default?: boolean } = {}): BooleanSchema => ({ kind: 'boolean', ...options });
export const literal = <V extends number>(value: V, options: { default?: NoInfer<V> } = {}): LiteralSchema<V> => ({ kind: 'literal', value, ...options });
export const oneOf = <V extends string>(values: readonly V[], options: { message?: string; default?: NoInfer<V> } = {}): EnumSchema<V> => ({ kind: 'enum', values, ...options });
export const array = <I extends Schema>(item: I, max: number, options: { default?: [] } = {}): ArraySchema<I> => ({ kind: 'array', item, max, ...options });
export const record = <K extends string, V extends Schema>(key: EnumSchema<K>, value: V, options: { default?: Record<never, never> } = {}): RecordSchema<K, V> => ({ kind: 'record', key, value, ...options });
export const object = <S extends Shape>(shape: S, options: { default?: Record<never, never> } = {}): ObjectSchema<S> => ({ kind: 'object', shape, ...options });
