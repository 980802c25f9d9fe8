// The service worker: runs the rule engine locally on the text the content scripts send.
// Nothing is stored, logged or sent anywhere.
import { analyze, DEFAULT_POLICY, type AnalyzeInput } from '@/rules';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; input?: AnalyzeInput };
    if (m?.type !== 'analyze' || !m.input) return undefined;
    return Promise.resolve({ findings: analyze(m.input, DEFAULT_POLICY) });
  });
});
