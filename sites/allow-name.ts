// The worker's side of "Never flag this name": checks the policy allows it, adds the name to the
// manager's own never-flagged names (starting from the list in force, so IT's default names are
// kept), and logs the name with the time. The change reaches every open composer as a policy change.
import browser from 'webextension-polyfill';
import { withField } from '@/rules/managed';
import { canAddNames, readAddedNames, validName, withAllowedName, withLogEntry } from './added-names';
import { readEffectivePolicy, updateLocalPolicy } from './policy-store';
import { ADDED_NAMES_KEY } from './storage-keys';

export type AllowNameOutcome = 'added' | 'not-allowed' | 'invalid' | 'full';

export async function allowName(raw: unknown): Promise<AllowNameOutcome> {
  const name = validName(raw);
  if (name === undefined) return 'invalid';
  const effective = await readEffectivePolicy();
  if (!canAddNames(effective)) return 'not-allowed';
  const names = withAllowedName(effective.policy.allowNames, name);
  if (!names) return 'full';
  await updateLocalPolicy((own) => withField(own, 'allowNames', names));
  const log = readAddedNames((await browser.storage.local.get(ADDED_NAMES_KEY))[ADDED_NAMES_KEY]);
  await browser.storage.local.set({ [ADDED_NAMES_KEY]: withLogEntry(log, name, new Date()) });
  return 'added';
}
