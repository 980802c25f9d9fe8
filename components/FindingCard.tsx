// The warning card: what is wrong, why, and the safe replies with Replace and Copy. The composer
// overlay and the options page's "Try it" box both use it.
import type { Finding, Suggestion } from '@/rules/types';

export interface FindingCardProps {
  findings: readonly Finding[];
  /** Replace the composer text (or the finding's span) with a suggestion. Omitted: no Replace button. */
  onReplace?: (suggestion: Suggestion, finding: Finding) => void;
  onCopy?: (suggestion: Suggestion) => void;
  onClose?: () => void;
  /** A line under the findings, e.g. "Replaced." or "Copied the reply instead: …". */
  status?: string;
  id?: string;
}

const SEVERITY_WORD = { block: 'Blocks posting', warn: 'Warning', info: 'Tip' } as const;

export function FindingCard({ findings, onReplace, onCopy, onClose, status, id }: FindingCardProps) {
  // Whole safe replies are the same for every finding: show each once, after the findings.
  const replies: { suggestion: Suggestion; finding: Finding }[] = [];
  for (const f of findings) for (const s of f.suggestions) if (s.scope === 'all' && !replies.some((r) => r.suggestion.text === s.text)) replies.push({ suggestion: s, finding: f });
  const headingId = `${id ?? 'rx-card'}-title`;
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>
        <span>ReplyRx: {findings.length === 1 ? '1 issue' : `${findings.length} issues`}</span>
        {onClose && (
          <button type="button" class="close" aria-label="Close ReplyRx card" onClick={onClose}>
            ×
          </button>
        )}
      </h2>
      {findings.map((f, i) => (
        <div class={`finding ${f.severity}`} key={`${f.rule}-${f.start}-${i}`} data-rule={f.rule}>
          <span class="sev">{SEVERITY_WORD[f.severity]}</span>
          <p class="message">{f.message}</p>
          {f.why && <p class="why">Why: {f.why}</p>}
          {f.suggestions
            .filter((s) => s.scope === 'span')
            .map((s) => (
              <div class="actions" key={s.label}>
                {onReplace && (
                  <button type="button" class="secondary" onClick={() => onReplace(s, f)}>
                    {s.label}
                  </button>
                )}
              </div>
            ))}
        </div>
      ))}
      {replies.map(({ suggestion, finding }) => (
        <div class="suggestion" key={suggestion.text} data-suggestion>
          <p class="label">{suggestion.label}</p>
          <p class="text">{suggestion.text}</p>
          <div class="actions">
            {onReplace && (
              <button type="button" class="primary" onClick={() => onReplace(suggestion, finding)}>
                Replace
              </button>
            )}
            {onCopy && (
              <button type="button" class="secondary" onClick={() => onCopy(suggestion)}>
                Copy
              </button>
            )}
          </div>
        </div>
      ))}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
