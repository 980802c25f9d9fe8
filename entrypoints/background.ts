// The service worker: runs the rule engine locally on the text the content scripts send, under
// the practice's policy, and keeps the day's warning counts. No text is stored, logged or sent anywhere.
import browser from 'webextension-polyfill';
import { analyze } from '@/rules';
import { isAnalyzeRequest, isCountRequest, isWarmRequest, type AnalyzeResponse } from '@/sites/messages';
import { currentPolicy, forgetPolicyOnChange } from '@/sites/policy-store';
import { statsRecorder } from '@/sites/stats';

export default defineBackground(() => {
  browser.storage.onChanged.addListener(forgetPolicyOnChange);
  // Read the policy now: managed storage can be slow to answer after the browser starts.
  void currentPolicy();
  // One recorder for every tab: it chains the writes, so counts sent together are all kept.
  const record = statsRecorder(browser.storage.local);
  browser.runtime.onMessage.addListener(async (message: unknown): Promise<AnalyzeResponse | { ready: true } | undefined> => {
    if (isWarmRequest(message)) return currentPolicy().then(() => ({ ready: true as const }));
    if (isCountRequest(message)) return record(message.counters).then(() => undefined);
    if (!isAnalyzeRequest(message)) return undefined;
    const policy = await currentPolicy();
    const siteEnabled = policy.sites[message.input.site] !== false;
    return {
      findings: siteEnabled ? analyze(message.input, policy) : [],
      guard: { enabled: policy.sendGuard.enabled, allowPostAnyway: policy.sendGuard.allowPostAnyway },
      siteEnabled,
    };
  });
});
