// Where the practice policy lives: the options page and the popup save the manager's own settings
// (only the fields they set) in storage.local; IT can push defaults and locks through managed
// storage. The worker merges the layers (rules/managed.ts) and caches the result until either changes.
import browser from 'webextension-polyfill';
import { isPolicyChange, POLICY_KEY } from './storage-keys';
// Straight from the modules, not '@/rules': the popup reads the policy and must not load the engine.
import { effectivePolicy, readManagedPolicy, type EffectivePolicy, type ManagedPolicy } from '@/rules/managed';
import type { Policy } from '@/rules/policy';


let cached: Promise<Policy> | undefined;

export function currentPolicy(): Promise<Policy> {
  cached ??= readEffectivePolicy().then((e) => e.policy);
  return cached;
}

/** Forgets the cached policy when the manager's settings or IT's managed values change. */
export function forgetPolicyOnChange(changes: Record<string, unknown>, area: string): void {
  if (isPolicyChange(changes, area)) cached = undefined;
}

/** The manager's own settings as stored (possibly nothing, possibly damaged: readers validate). */
export async function readLocalPolicy(): Promise<unknown> {
  return (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
}

export async function writeLocalPolicy(policy: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [POLICY_KEY]: policy });
}

/** Firefox throws "Managed storage manifest not found" when IT pushed nothing; Chrome returns {}. */
export async function readManaged(): Promise<ManagedPolicy> {
  try {
    // All keys, so a misspelt top-level key (Firefox does not filter by the schema) is reported.
    const raw = await browser.storage.managed.get(null);
    return readManagedPolicy(Object.keys(raw).length > 0 ? raw : undefined);
  } catch {
    return readManagedPolicy(undefined);
  }
}

export async function readEffectivePolicy(): Promise<EffectivePolicy & { managed: ManagedPolicy; local: unknown }> {
  const [local, managed] = await Promise.all([readLocalPolicy(), readManaged()]);
  return { ...effectivePolicy(local, managed), managed, local };
}
