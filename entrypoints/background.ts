// The service worker: runs the rule engine locally on the text the content scripts send, under
// the practice's policy, and keeps the day's warning counts. No text is stored, logged or sent anywhere.
import browser from 'webextension-polyfill';
import { analyze, type AnalyzeInput, type Policy } from '@/rules';
import { isAnalyzeRequest, isCountRequest, isWarmRequest, type AnalyzeResponse } from '@/sites/messages';
import { currentPolicy, forgetPolicyOnChange } from '@/sites/policy-store';
import { statsRecorder } from '@/sites/stats';

// A made-up reply touching most rules: analysing it once compiles their regular expressions
// (about 40 ms), so the first real message is answered at full speed.
const WARM_UP: AnalyzeInput = { text: 'Hi Sam, see you 6/14 at 2pm! Take 200 mg of ibuprofen for the swelling.', site: 'facebook', kind: 'reply', context: 'my tooth hurts' };
let warmed = false;
function warmUp(policy: Policy): void {
  if (warmed) return;
  warmed = true;
  analyze(WARM_UP, policy);
}

export default defineBackground(() => {
  browser.storage.onChanged.addListener(forgetPolicyOnChange);
  // Read the policy and warm the engine now: managed storage can be slow to answer after the browser starts.
  void currentPolicy().then(warmUp);
  // One recorder for every tab: it chains the writes, so counts sent together are all kept.
  const record = statsRecorder(browser.storage.local);
  browser.runtime.onMessage.addListener(async (message: unknown): Promise<AnalyzeResponse | { ready: true } | undefined> => {
    if (isWarmRequest(message)) return currentPolicy().then((policy) => (warmUp(policy), { ready: true as const }));
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
