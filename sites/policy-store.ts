// Where the practice policy lives: the options page and the popup save the manager's own settings
// (only the fields they set) in storage.local; IT can push defaults and locks through managed
// storage. The worker merges the layers (rules/managed.ts) and caches the result until either changes.
import browser from 'webextension-polyfill';
import { isPolicyChange, MANAGED_COPY_KEY, POLICY_KEY } from './storage-keys';
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

/** How long to wait for managed storage before using the copy of it kept from last time. */
export const MANAGED_WAIT_MS = 200;

/**
 * IT's managed values. Managed storage can take seconds to answer the first time after the browser
 * starts (Chromium 150 reads the machine's policy first: 2.8 s measured), and warnings must not wait
 * for it. So a copy of the last answer is kept in storage.local: if the real answer is late, the copy
 * is used, and when the real answer arrives and differs, the copy is updated, which (as a policy
 * change) makes every page and the worker read the policy again.
 */
export async function readManaged(): Promise<ManagedPolicy> {
  const live = readManagedStorage();
  const late = Symbol('late');
  const first = await Promise.race([live, new Promise<typeof late>((r) => setTimeout(() => r(late), MANAGED_WAIT_MS))]);
  const copy = (await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];
  const keepCopy = (raw: unknown) => {
    if (JSON.stringify(raw ?? null) !== JSON.stringify(copy ?? null)) void browser.storage.local.set({ [MANAGED_COPY_KEY]: raw ?? null });
  };
  if (first !== late) {
    keepCopy(first);
    return readManagedPolicy(first);
  }
  void live.then(keepCopy);
  return readManagedPolicy(copy ?? undefined);
}

/** What managed storage holds, or undefined when IT pushed nothing. Firefox throws "Managed storage manifest not found" then; Chrome returns {}. */
async function readManagedStorage(): Promise<Record<string, unknown> | undefined> {
  try {
    // All keys, so a misspelt top-level key (Firefox does not filter by the schema) is reported.
    const raw = await browser.storage.managed.get(null);
    return Object.keys(raw).length > 0 ? raw : undefined;
  } catch {
    return undefined;
  }
}

export async function readEffectivePolicy(): Promise<EffectivePolicy & { managed: ManagedPolicy; local: unknown }> {
  const [local, managed] = await Promise.all([readLocalPolicy(), readManaged()]);
  return { ...effectivePolicy(local, managed), managed, local };
}
