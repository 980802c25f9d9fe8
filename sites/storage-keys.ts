// The storage.local keys, in a module light enough for content scripts (no rule engine).

/** The manager's own settings: a partial policy (rules/managed.ts merges it with IT's values). */
export const POLICY_KEY = 'policy';
/** The last answer of managed storage, used while managed storage is slow to start (sites/policy-store.ts). */
export const MANAGED_COPY_KEY = 'managedCopy';
/** Counts of warnings per day and category, for the popup and the compliance log. Never text. */
export const STATS_KEY = 'stats';

/** The names staff added to the never-flagged names from the card, with when: names only, never message text. */
export const ADDED_NAMES_KEY = 'addedNames';

/** Whether a storage change can change the policy in force. */
export function isPolicyChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && (POLICY_KEY in changes || MANAGED_COPY_KEY in changes));
}
