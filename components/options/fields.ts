// The options page's pure logic: turning what the manager types into policy values, checked with
// the policy's own schema (so the messages are the policy's), and reading an imported file.
import { DEFAULT_TEMPLATES, fieldPaths, readField, readPartialPolicy, RULE_META, valueAt, type PartialPolicy, type Policy, type PolicyProblem } from '@/rules';

/** One item per non-blank line, trimmed. */
export function parseLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

export const formatLines = (items: readonly string[]): string => items.join('\n');

/** A policy message without the loader's outcome ("; dropped"), which reads oddly next to a field. */
export const plainMessage = (message: string): string => message.replace(/; (dropped|using the default|ignored)$/, '');

export interface Checked<T> {
  /** The value the policy keeps (trimmed), or undefined when it keeps nothing. */
  value: T | undefined;
  errors: string[];
}

/** Checks one value of a field (`practice.website`, `templates.thanks`...). */
export function checkValue<T>(path: string, value: T): Checked<T> {
  const { value: kept, problems } = readField(path, value);
  if (problems.length > 0) return { value: undefined, errors: problems.map((p) => plainMessage(p.message)) };
  return { value: kept as T, errors: [] };
}

export interface CheckedList<T> {
  /** The valid items, as the policy keeps them. */
  valid: T[];
  /** The errors of each invalid item, by its index in the input; such an item is not saved. */
  errors: Map<number, string[]>;
  /** Errors about the list as a whole (too many items). */
  listErrors: string[];
}

/** Checks a list field item by item, so that one bad item is reported next to itself and the rest still saves. */
export function checkList<T>(path: string, items: readonly T[]): CheckedList<T> {
  const listErrors = readField(path, items).problems.filter((p) => p.path === path).map((p) => plainMessage(p.message));
  const valid: T[] = [];
  const errors = new Map<number, string[]>();
  // Where in the item a problem is: '' for the item itself, `term` for a deny term's term...
  const where = (problem: PolicyProblem) => problem.path.slice(`${path}[0]`.length).replace(/^\./, '');
  items.forEach((item, i) => {
    const { value, problems } = readField(path, [item]);
    // A deny term with a bad message is kept by the loader with an empty one; here the whole row waits until it is fixed.
    if (problems.length > 0) errors.set(i, problems.map((p) => (where(p) ? `${where(p)}: ` : '') + plainMessage(p.message)));
    else valid.push((value as T[])[0]);
  });
  return { valid, errors, listErrors };
}

const DEFAULT_SEVERITY: Record<string, string> = Object.fromEntries(RULE_META.map((r) => [r.id, r.defaultSeverity]));

/** The value in force for a field, with the defaults the policy leaves implicit (rule severities, template wording). */
export function valueInForce(policy: Policy, path: string): unknown {
  const value = valueAt(policy, path);
  if (value !== undefined) return value;
  const [group, id] = path.split('.');
  if (group === 'rules') return DEFAULT_SEVERITY[id];
  if (group === 'templates') return DEFAULT_TEMPLATES[id as keyof typeof DEFAULT_TEMPLATES];
  return undefined;
}

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export type ImportResult =
  | { ok: false; error: string; problems: PolicyProblem[] }
  | { ok: true; value: PartialPolicy; lockedPaths: string[] };

/**
 * Reads an imported policy file. Any problem rejects the whole file, so a half-valid file never
 * silently replaces the manager's settings. `locks` are IT's locked fields: the file may set them,
 * but they stay as IT set them, which the page says.
 */
export function readImport(text: string, locks: ReadonlySet<string>): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so nothing was changed. Choose a policy file exported by ReplyRx or written as in the policy guide.', problems: [] };
  }
  const { value, problems } = readPartialPolicy(raw);
  if (problems.length > 0) return { ok: false, error: 'This file has problems, so nothing was changed:', problems };
  return { ok: true, value, lockedPaths: fieldPaths(value).filter((path) => locks.has(path)) };
}
