// "Never flag this name": staff add a name from the warning card to the practice's never-flagged
// names (policy `allowNames`), and a log keeps which name was added when, for the manager to review
// on the options page. Names only: no message text, no site. The pure parts are exported for tests.
import { readField, type EffectivePolicy } from '@/rules/managed';
import { MAX_ITEMS, MAX_NAMES } from '@/rules/policy';

export interface AddedName {
  name: string;
  /** When it was added (ISO 8601). */
  at: string;
}

/** Whether the card offers "Never flag this name": the manager allows it and IT has not locked the list. */
export const canAddNames = ({ policy, locks }: Pick<EffectivePolicy, 'policy' | 'locks'>): boolean =>
  policy.staffCanAddNames && !locks.has('allowNames');

/** The log as stored, keeping only well-formed entries (storage can hold anything). */
export function readAddedNames(raw: unknown): AddedName[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is AddedName => typeof e?.name === 'string' && typeof e?.at === 'string' && !Number.isNaN(Date.parse(e.at)));
}

/** The name as the policy keeps it (trimmed), or undefined when it is not a valid never-flagged name. */
export function validName(name: unknown): string | undefined {
  const { value, problems } = readField('allowNames', [name]);
  return problems.length ? undefined : (value as string[])[0];
}

/** The never-flagged names with `name` added (unchanged when it is there already, in any case); undefined when the list is full. */
export function withAllowedName(names: readonly string[], name: string): string[] | undefined {
  if (names.some((n) => n.toLowerCase() === name.toLowerCase())) return [...names];
  return names.length < MAX_NAMES ? [...names, name] : undefined;
}

/** The log with one more entry, newest last, keeping the newest MAX_ITEMS. */
export const withLogEntry = (log: readonly AddedName[], name: string, now: Date): AddedName[] => [...log, { name, at: now.toISOString() }].slice(-MAX_ITEMS);
