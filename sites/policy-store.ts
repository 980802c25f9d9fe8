// Where the practice policy lives: the options page saves it in storage.local; IT can push one
// through managed storage. The worker reads both, validates them with loadPolicy, and caches
// the result until either changes.
import browser from 'webextension-polyfill';
import { loadPolicy, type Policy } from '@/rules';

export const POLICY_KEY = 'policy';

let cached: Promise<Policy> | undefined;

export function currentPolicy(): Promise<Policy> {
  cached ??= readPolicy();
  return cached;
}

export function forgetPolicy(): void {
  cached = undefined;
}

async function readPolicy(): Promise<Policy> {
  const local = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
  const managed = await readManaged();
  // Managed values win over the manager's own settings (issue: IT locks); the full merge with
  // per-field locks and defaults is the options page's job.
  const merged = managed ? { ...(isObject(local) ? local : {}), ...managed } : local;
  return loadPolicy(merged).policy;
}

/** Firefox throws "Managed storage manifest not found" when IT pushed nothing; Chrome returns {}. */
async function readManaged(): Promise<Record<string, unknown> | undefined> {
  try {
    const managed = (await browser.storage.managed.get(POLICY_KEY))[POLICY_KEY];
    return isObject(managed) ? managed : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
