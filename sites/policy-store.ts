// Where the practice policy lives: the options page and the popup save the manager's own settings
// (only the fields they set) in storage.local; IT can push defaults and locks through managed
// storage. The worker merges the layers (rules/managed.ts) and caches the result until either changes.
import browser from 'webextension-polyfill';
import { isPolicyChange, MANAGED_COPY_KEY, POLICY_KEY } from './storage-keys';
// Straight from the modules, not '@/rules': the popup reads the policy and must not load the engine.
import { effectivePolicy, readManagedPolicy, type EffectivePolicy, type ManagedPolicy } from '@/rules/managed';
import { readPartialPolicy, type PartialPolicy, type Policy } from '@/rules/policy';

let cached: { effective: Promise<EffectivePolicy>; policy: Promise<Policy> } | undefined;

/**
 * When IT's values last changed (the change event's time, in this worker or page). For a while
 * after it managed storage can still answer with the old values, which must not replace the copy
 * the event just wrote.
 */
let managedChangedAt = -Infinity;
const MANAGED_SETTLE_MS = 5000;
/** The copy of IT's new values being written after a change event; reads of the copy wait for it. */
let copying: Promise<void> = Promise.resolve();

function cache() {
  if (!cached) {
    const effective = readEffectivePolicy();
    cached = { effective, policy: effective.then((e) => e.policy) };
  }
  return cached;
}

/** The policy in force, cached until the manager's settings or IT's values change. */
export const currentPolicy = (): Promise<Policy> => cache().policy;

/** The same, with IT's locks (what the card may offer depends on them). */
export const currentEffectivePolicy = (): Promise<EffectivePolicy> => cache().effective;

/** Forgets the cached policy when the manager's settings or IT's managed values change. */
export function forgetPolicyOnChange(changes: Record<string, unknown>, area: string): void {
  if (!isPolicyChange(changes, area)) return;
  cached = undefined;
  // The event carries IT's new values; a read of managed storage right now may still return the old ones.
  if (area === 'managed') {
    managedChangedAt = Date.now();
    // A policy read meanwhile (a tab asking at once) must see the new copy, not the one it replaces:
    // otherwise the old values are cached again and, if that tab's next question beats this worker's
    // own notice of the write, answered from.
    copying = copyManagedChange(changes as Record<string, { newValue?: unknown }>).catch(() => undefined);
  }
}

async function copyManagedChange(changes: Record<string, { newValue?: unknown }>): Promise<void> {
  const copy = await readManagedCopy();
  const next: Record<string, unknown> = { ...(typeof copy === 'object' && copy !== null ? copy : {}) };
  for (const [key, change] of Object.entries(changes)) {
    if (change?.newValue === undefined) delete next[key];
    else next[key] = change.newValue;
  }
  await keepManagedCopy(next, copy);
}

const readManagedCopy = async (): Promise<unknown> => (await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];

/** Stores `next` as the copy of IT's values, unless it is what `copy` already holds (a write is a policy change for every page). */
async function keepManagedCopy(next: Record<string, unknown>, copy: unknown): Promise<void> {
  if (JSON.stringify(next) !== JSON.stringify(copy)) await browser.storage.local.set({ [MANAGED_COPY_KEY]: next });
}

/** The manager's own settings as stored (possibly nothing, possibly damaged: readers validate). */
export async function readLocalPolicy(): Promise<unknown> {
  return (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
}

export async function writeLocalPolicy(policy: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [POLICY_KEY]: policy });
}

/**
 * Changes the manager's settings starting from what is stored now, so a change made meanwhile in
 * the popup or another tab is kept. Stored fields that are not valid are dropped (no reader uses them).
 */
export async function updateLocalPolicy(change: (own: PartialPolicy) => PartialPolicy): Promise<PartialPolicy> {
  const next = change(readPartialPolicy(await readLocalPolicy()).value);
  await writeLocalPolicy(next);
  return next;
}

/** How long the very first read waits for managed storage, when no copy of it is kept yet. */
export const MANAGED_WAIT_MS = 200;

/**
 * IT's managed values. Managed storage is slow to answer: seconds after the browser starts
 * (Chromium 150 reads the machine's policy first: 2.8 s measured) and often over 200 ms after the
 * service worker restarts, and warnings must not wait for it. So a copy of its last answer is kept
 * in storage.local ({} when IT pushed nothing) and used at once; the real answer is read alongside,
 * and when it differs the copy is updated, which (as a policy change) makes every page and the
 * worker read the policy again. Only the very first read, with no copy yet, waits a little.
 */
export async function readManaged(): Promise<ManagedPolicy> {
  await copying;
  const asked = Date.now();
  const live = readManagedStorage();
  const copy = await readManagedCopy();
  const keepCopy = (raw: Record<string, unknown> | undefined) => {
    // An answer to a question asked around a change may be the old values (see managedChangedAt).
    if (managedChangedAt < asked - MANAGED_SETTLE_MS) void keepManagedCopy(raw ?? {}, copy);
  };
  if (copy !== undefined) {
    void live.then(keepCopy);
    return readManagedPolicy(copy);
  }
  const late = Symbol('late');
  const first = await Promise.race([live, new Promise<typeof late>((r) => setTimeout(() => r(late), MANAGED_WAIT_MS))]);
  if (first === late) {
    void live.then(keepCopy);
    return readManagedPolicy(undefined);
  }
  keepCopy(first);
  return readManagedPolicy(first);
}

/**
 * What managed storage holds, or undefined when IT pushed nothing. Firefox throws "Managed storage
 * manifest not found" then; Chrome returns {}. Waits as long as managed storage takes: only for
 * decisions that can wait (readManaged() does not).
 */
export async function readManagedStorage(): Promise<Record<string, unknown> | undefined> {
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
