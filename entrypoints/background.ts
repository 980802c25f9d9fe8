// The service worker: runs the rule engine locally on the text the content scripts send, under
// the practice's policy, and keeps the day's warning counts. No text is stored, logged or sent anywhere.
import browser from 'webextension-polyfill';
import { analyze, readManagedPolicy, type AnalyzeInput, type Policy } from '@/rules';
import { allowName } from '@/sites/allow-name';
import { canAddNames } from '@/sites/added-names';
import { isAllowNameRequest, isAnalyzeRequest, isCountRequest, isOpenSetupRequest, isWarmRequest, type AnalyzeResponse } from '@/sites/messages';
import { currentEffectivePolicy, currentPolicy, forgetPolicyOnChange, readManagedStorage } from '@/sites/policy-store';
import { itSetsPractice, needsSetup, WELCOME_HASH } from '@/sites/setup';
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

const openSetup = () => browser.tabs.create({ url: browser.runtime.getURL('/options.html') + WELCOME_HASH });

/** On install the practice is set up on the welcome page, unless IT's managed policy already names it and its phone. */
async function welcomeOnInstall(): Promise<void> {
  // Waits for managed storage's real answer (seconds after a browser start), not a copy: there is none yet.
  if (!itSetsPractice(readManagedPolicy(await readManagedStorage()))) await openSetup();
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void welcomeOnInstall();
  });
  browser.storage.onChanged.addListener(forgetPolicyOnChange);
  // Read the policy and warm the engine now: managed storage can be slow to answer after the browser starts.
  void currentPolicy().then(warmUp);
  // One recorder for every tab: it chains the writes, so counts sent together are all kept.
  const record = statsRecorder(browser.storage.local);
  browser.runtime.onMessage.addListener(async (message: unknown): Promise<AnalyzeResponse | { ready: true } | { outcome: string } | undefined> => {
    if (isWarmRequest(message)) return currentPolicy().then((policy) => (warmUp(policy), { ready: true as const }));
    if (isCountRequest(message)) return record(message.counters).then(() => undefined);
    if (isAllowNameRequest(message)) return { outcome: await allowName(message.name) };
    if (isOpenSetupRequest(message)) return openSetup().then(() => undefined);
    if (!isAnalyzeRequest(message)) return undefined;
    const effective = await currentEffectivePolicy();
    const { policy } = effective;
    const siteEnabled = policy.sites[message.input.site] !== false;
    return {
      findings: siteEnabled ? analyze(message.input, policy) : [],
      guard: { enabled: policy.sendGuard.enabled, allowPostAnyway: policy.sendGuard.allowPostAnyway },
      card: { canAddNames: canAddNames(effective), setupNeeded: needsSetup(policy) },
      siteEnabled,
    };
  });
});
