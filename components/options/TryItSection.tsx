// Try a message against the policy in force, with the same card staff see in the composer.
// The text stays in this page: it is never stored or logged.
import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingCard } from '@/components/FindingCard';
import { OVERLAY_CSS } from '@/components/styles';
import { analyze, KINDS, SITES, type Finding, type Kind, type Policy, type Site, type Suggestion } from '@/rules';

const SITE_LABEL: Record<Site, string> = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn' };
const KIND_LABEL: Record<Kind, string> = { post: 'Post', reply: 'Reply or comment', message: 'Private message' };
/** Like the composer: wait for a short pause in typing. */
const ANALYZE_DELAY = 150;

interface Result {
  text: string;
  findings: Finding[];
}

export function TryItSection({ policy }: { policy: Policy }) {
  const [text, setText] = useState('');
  const [site, setSite] = useState<Site>('facebook');
  const [kind, setKind] = useState<Kind>('reply');
  const [context, setContext] = useState('');
  const [result, setResult] = useState<Result>({ text: '', findings: [] });
  const box = useRef<HTMLTextAreaElement>(null);
  const siteOn = policy.sites[site];

  useEffect(() => {
    const timer = setTimeout(() => {
      const input = { text, site, kind, ...(context.trim() ? { context } : {}) };
      setResult({ text, findings: siteOn && text.trim() ? analyze(input, policy) : [] });
    }, ANALYZE_DELAY);
    return () => clearTimeout(timer);
  }, [text, site, kind, context, policy, siteOn]);

  const replace = (s: Suggestion, f: Finding) => {
    setText(s.scope === 'span' ? result.text.slice(0, f.start) + s.text + result.text.slice(f.end) : s.text);
    // The card goes away with the findings; keep focus where the reply landed.
    box.current?.focus();
  };

  let summary = '';
  if (!text.trim()) summary = 'Type a message to see what ReplyRx would say.';
  else if (!siteOn) summary = `ReplyRx is turned off for ${SITE_LABEL[site]} (see Sites), so nothing is checked there.`;
  else if (result.text.trim() && result.findings.length === 0) summary = 'No issues found.';

  return (
    <>
      <p class="intro">Write a message the way staff would. ReplyRx checks it here, on this device, with the settings above. Nothing is saved.</p>
      <div class="try">
        <div class="try-input">
          <label for="try-text">Message</label>
          <textarea id="try-text" ref={box} rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <div class="try-options">
            <div>
              <label for="try-site">Site</label>
              <select id="try-site" value={site} onChange={(e) => setSite(e.currentTarget.value as Site)}>
                {SITES.map((s) => (
                  <option key={s} value={s}>
                    {SITE_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="try-kind">Kind</label>
              <select id="try-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <label for="try-context">Comment being replied to (optional)</label>
          <textarea id="try-context" rows={2} value={context} onInput={(e) => setContext(e.currentTarget.value)} />
        </div>
        {/* The composer's card and its styles; the page's colours replace the overlay's. */}
        <div class="try-result rx" data-try-result>
          <style>{OVERLAY_CSS}</style>
          <p class="try-summary" aria-live="polite">
            {summary}
          </p>
          {/* While typing, the last card stays until the next check, as in the composer. */}
          {result.findings.length > 0 && <FindingCard findings={result.findings} text={result.text} onReplace={replace} id="try-card" role="region" />}
        </div>
      </div>
    </>
  );
}
