// sites/policy-store.ts against an in-memory browser (wxt/testing's fakeBrowser): the layers it
// reads, Firefox's missing managed storage, and when the worker's cached policy is forgotten.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real polyfill refuses to load outside an extension; policy-store only needs storage.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { currentPolicy, forgetPolicyOnChange, MANAGED_WAIT_MS, readEffectivePolicy, readManaged, writeLocalPolicy } = await import('../../sites/policy-store');

const FIREFOX_ERROR = new Error('Managed storage manifest not found');

/**
 * The cache is module state: forget it before each test the way a managed change would. Each test
 * also starts a minute after the last (only Date is faked), so a managed change in one test does not
 * make the next distrust managed storage's answers.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
  fakeBrowser.reset();
  vi.restoreAllMocks();
  forgetPolicyOnChange({ policy: {} }, 'local');
});

describe('managed storage that is slow to start', () => {
  const LOCKED = { locked: { rules: { 'medical-advice': 'block' } } };
  /** Managed storage answering `raw` only after `ms`, as Chromium's does right after the browser starts. */
  const slowManaged = (raw: Record<string, unknown>, ms: number) =>
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise((r) => setTimeout(() => r(raw), ms)));
  const copy = async () => (await fakeBrowser.storage.local.get('managedCopy')).managedCopy;

  it('a prompt answer is used and kept as the copy; no write when it is unchanged', async () => {
    await fakeBrowser.storage.managed.set(LOCKED);
    expect((await readManaged()).locked).toEqual(LOCKED.locked);
    await vi.waitFor(async () => expect(await copy()).toEqual(LOCKED));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await readManaged();
    expect(set).not.toHaveBeenCalled();
  });

  it('a late answer does not hold the policy up: the copy from last time applies at once', async () => {
    await fakeBrowser.storage.local.set({ managedCopy: LOCKED });
    slowManaged(LOCKED, 5_000);
    const started = Date.now();
    expect((await currentPolicy()).rules['medical-advice']).toBe('block');
    expect(Date.now() - started).toBeLessThan(MANAGED_WAIT_MS + 1_000);
  });

  it('when the late answer arrives and differs, the copy is updated, which counts as a policy change', async () => {
    slowManaged(LOCKED, MANAGED_WAIT_MS * 2);
    const changes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((c: Record<string, unknown>, area: string) => {
      forgetPolicyOnChange(c, area);
      changes.push(...Object.keys(c));
    });
    // No copy yet (a new profile): no lock until managed storage answers...
    expect((await currentPolicy()).rules['medical-advice']).toBeUndefined();
    // ...then the copy is written, the worker forgets its policy, and the lock applies.
    await vi.waitFor(async () => expect(await copy()).toEqual(LOCKED), { timeout: 2_000 });
    expect(changes).toContain('managedCopy');
    vi.restoreAllMocks();
    await fakeBrowser.storage.managed.set(LOCKED);
    expect((await currentPolicy()).rules['medical-advice']).toBe('block');
  });
});

describe('a change event from managed storage', () => {
  it('is copied at once, even while reading managed storage still returns the old values', async () => {
    fakeBrowser.storage.onChanged.addListener(forgetPolicyOnChange);
    await fakeBrowser.storage.local.set({ managedCopy: {} });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({}); // stale
    expect((await currentPolicy()).rules['medical-advice']).toBeUndefined();
    forgetPolicyOnChange({ locked: { newValue: { rules: { 'medical-advice': 'block' } } } }, 'managed');
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('managedCopy')).managedCopy).toEqual({ locked: { rules: { 'medical-advice': 'block' } } }));
    expect((await currentPolicy()).rules['medical-advice']).toBe('block');
    // That read asked managed storage again, which still answers with the old values: they must not
    // replace the copy the event wrote (they did, in one CI run, and the lock came off again).
    forgetPolicyOnChange({ policy: {} }, 'local');
    expect((await currentPolicy()).rules['medical-advice']).toBe('block');
    await new Promise((r) => setTimeout(r, 50));
    expect((await fakeBrowser.storage.local.get('managedCopy')).managedCopy).toEqual({ locked: { rules: { 'medical-advice': 'block' } } });
  });
});

describe('a policy read right after a managed change event', () => {
  it('waits for the new copy, so the old values are not cached again while it is being written', async () => {
    await fakeBrowser.storage.local.set({ managedCopy: { locked: { rules: { 'medical-advice': 'block' } } } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ locked: { rules: { 'medical-advice': 'block' } } }); // stale
    expect((await currentPolicy()).rules['medical-advice']).toBe('block');
    // Writing the copy takes a while (the browser is busy); a tab asks for the policy at once.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items) => new Promise((r) => setTimeout(() => r(set(items)), 100)));
    forgetPolicyOnChange({ locked: { oldValue: { rules: { 'medical-advice': 'block' } } }, defaults: { newValue: { rules: { jargon: 'off' } } } }, 'managed');
    const policy = await currentPolicy();
    expect(policy.rules['medical-advice']).toBeUndefined();
    expect(policy.rules.jargon).toBe('off');
  });
});

describe('readManaged / readEffectivePolicy', () => {
  it('Firefox without a policies.json entry throws "Managed storage manifest not found": the policy is the local settings', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(FIREFOX_ERROR);
    await writeLocalPolicy({ practice: { name: 'Harbor Point Family Health' }, rules: { 'medical-advice': 'off' } });
    expect(await readManaged()).toEqual({ defaults: {}, locked: {}, problems: [] });
    const effective = await readEffectivePolicy();
    expect(get).toHaveBeenCalled();
    expect(effective.policy.practice.name).toBe('Harbor Point Family Health');
    expect(effective.policy.rules['medical-advice']).toBe('off');
    expect(effective.locks.size).toBe(0);
    expect((await currentPolicy()).rules['medical-advice']).toBe('off');
  });

  it("Chrome's empty managed storage ({}) is no managed policy", async () => {
    expect(await readManaged()).toEqual({ defaults: {}, locked: {}, problems: [] });
  });

  it("IT's locks override the manager's settings and IT's defaults fill what the manager left out", async () => {
    await fakeBrowser.storage.managed.set({
      defaults: { practice: { name: 'Harbor Point Family Health', phones: ['(555) 201-4400'] } },
      locked: { rules: { 'medical-advice': 'block' }, sendGuard: { allowPostAnyway: false } },
    });
    await writeLocalPolicy({ practice: { phones: ['555-201-4401'] }, rules: { 'medical-advice': 'off', jargon: 'off' }, sendGuard: { allowPostAnyway: true } });
    const effective = await readEffectivePolicy();
    expect(effective.policy.practice).toMatchObject({ name: 'Harbor Point Family Health', phones: ['555-201-4401'] });
    expect(effective.policy.rules).toEqual({ 'medical-advice': 'block', jargon: 'off' });
    expect(effective.policy.sendGuard.allowPostAnyway).toBe(false);
    expect([...effective.locks].sort()).toEqual(['rules.medical-advice', 'sendGuard.allowPostAnyway']);
    expect(effective.local).toEqual({ practice: { phones: ['555-201-4401'] }, rules: { 'medical-advice': 'off', jargon: 'off' }, sendGuard: { allowPostAnyway: true } });
    expect((await currentPolicy()).rules['medical-advice']).toBe('block');
  });

  it('invalid managed values are reported with their layer and the rest still applies', async () => {
    await fakeBrowser.storage.managed.set({ locked: { practice: { phones: ['12'] }, rules: { 'medical-advice': 'block' } }, lockd: {} });
    const { managed, policy } = await readEffectivePolicy();
    // Every managed key is read, so a misspelt one (Firefox does not filter by the schema) is reported.
    expect(managed.problems.map((p) => p.path)).toEqual(['locked.practice.phones[0]', 'lockd']);
    expect(managed.locked).toEqual({ practice: { phones: [] }, rules: { 'medical-advice': 'block' } });
    expect(policy.rules['medical-advice']).toBe('block');
  });
});

describe('the cached policy', () => {
  it('is read once and reused until the policy changes', async () => {
    await writeLocalPolicy({ rules: { jargon: 'off' } });
    const first = currentPolicy();
    expect(currentPolicy()).toBe(first);
    await writeLocalPolicy({ rules: { jargon: 'block' } });
    expect((await currentPolicy()).rules.jargon).toBe('off'); // nobody said it changed
  });

  it("is forgotten when the manager's settings change in storage.local", async () => {
    await writeLocalPolicy({ rules: { jargon: 'off' } });
    expect((await currentPolicy()).rules.jargon).toBe('off');
    await writeLocalPolicy({ rules: { jargon: 'block' } });
    forgetPolicyOnChange({ policy: { newValue: { rules: { jargon: 'block' } } } }, 'local');
    expect((await currentPolicy()).rules.jargon).toBe('block');
  });

  it("is forgotten when IT's managed values change, and the kept copy catches up", async () => {
    fakeBrowser.storage.onChanged.addListener(forgetPolicyOnChange);
    expect((await currentPolicy()).rules['medical-advice']).toBeUndefined();
    await fakeBrowser.storage.managed.set({ locked: { rules: { 'medical-advice': 'block' } } });
    // The first read after the change may still answer from the old copy; the real answer replaces it.
    await vi.waitFor(async () => expect((await currentPolicy()).rules['medical-advice']).toBe('block'));
  });

  it('is kept when other keys change (stats) or other areas change', async () => {
    await writeLocalPolicy({ rules: { jargon: 'off' } });
    const first = currentPolicy();
    await first;
    await writeLocalPolicy({ rules: { jargon: 'block' } });
    forgetPolicyOnChange({ stats: { newValue: { '2025-01-01': { 'medical-advice': 1 } } } }, 'local');
    forgetPolicyOnChange({ policy: { newValue: {} } }, 'sync');
    forgetPolicyOnChange({ policy: { newValue: {} } }, 'session');
    expect(currentPolicy()).toBe(first);
    expect((await currentPolicy()).rules.jargon).toBe('off');
  });

  it('wired to storage.onChanged as the worker does, a real write of stats keeps it and a write of the policy drops it', async () => {
    fakeBrowser.storage.onChanged.addListener(forgetPolicyOnChange);
    await writeLocalPolicy({ rules: { jargon: 'off' } });
    await currentPolicy();
    // The first read keeps a copy of managed storage (a policy change of its own); let it settle.
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('managedCopy')).managedCopy).toEqual({}));
    const first = currentPolicy();
    await first;
    await fakeBrowser.storage.local.set({ stats: { '2025-01-01': { 'medical-advice': 1 } } });
    expect(currentPolicy()).toBe(first);
    await writeLocalPolicy({ rules: { jargon: 'block' } });
    expect(currentPolicy()).not.toBe(first);
    expect((await currentPolicy()).rules.jargon).toBe('block');
  });
});
