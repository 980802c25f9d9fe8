// The service worker: runs the rule engine locally on the text the content scripts send, under
// the practice's policy. Nothing is stored, logged or sent anywhere.
import browser from 'webextension-polyfill';
import { analyze } from '@/rules';
import { isAnalyzeRequest, isWarmRequest, type AnalyzeResponse } from '@/sites/messages';
import { currentPolicy, forgetPolicyOnChange } from '@/sites/policy-store';

export default defineBackground(() => {
  browser.storage.onChanged.addListener(forgetPolicyOnChange);
  browser.runtime.onMessage.addListener(async (message: unknown): Promise<AnalyzeResponse | { ready: true } | undefined> => {
    if (isWarmRequest(message)) return currentPolicy().then(() => ({ ready: true as const }));
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
