// The warning card: the safe reply first (what to do), then what is wrong, grouped by kind of risk,
// with the words that fired and why. In the composer, staff can dismiss the words of a finding for
// this draft and add a name to the never-flagged names. The composer overlay and the options page's
// "Try it" box both use it.
import type { Category, Finding, Severity, Suggestion } from '@/rules/types';
import { flaggedWords } from '@/sites/dismissals';

export interface FindingCardProps {
  findings: readonly Finding[];
  /** The text the findings are about, to quote the flagged words. */
  text?: string;
  /** Replace the composer text (or the finding's span) with a suggestion. Omitted: no Replace button. */
  onReplace?: (suggestion: Suggestion, finding: Finding) => void;
  onCopy?: (suggestion: Suggestion) => void;
  onClose?: () => void;
  /** "Not a risk here" for the findings of one flagged phrase. Omitted: no such button. */
  onDismiss?: (findings: Finding[]) => void;
  /** Block findings can be dismissed too (the policy allows "Post anyway"). */
  dismissBlock?: boolean;
  /** "Never flag this name" on a person-name finding. Omitted: not offered. */
  onNeverFlag?: (name: string) => void;
  /** The practice has no name or phone yet: offer its setup. */
  onSetup?: () => void;
  /** A line under the safe replies, e.g. "Replaced." (the overlay announces it in its own live region). */
  status?: string;
  id?: string;
  /** 'dialog' floats over the composer; 'region' sits in a page (the options page's Try it box). */
  role?: 'dialog' | 'region';
}

export const CATEGORY_LABEL: Record<Category, string> = {
  'patient-identifier': 'Patient identifier',
  'patient-relationship': 'Confirms someone is a patient',
  'health-details': "A person's health details",
  'medical-advice': 'Individual medical advice',
  'patient-media': "A patient's photo or video",
  emergency: 'Possible emergency',
  jargon: 'Clinical jargon',
  'custom-term': "Your practice's list",
  engine: 'Not fully checked',
};
// Said when one kind of risk has findings from several rules ("a name and an account number").
const CATEGORY_SUMMARY: Record<Category, string> = {
  'patient-identifier': 'Includes details that identify a patient.',
  'patient-relationship': 'Confirms that someone is a patient of the practice.',
  'health-details': "Mentions a specific person's health.",
  'medical-advice': 'Gives individual medical advice in public.',
  'patient-media': "Shares a patient's photo or video.",
  emergency: 'This may be an emergency.',
  jargon: 'Uses clinical jargon.',
  'custom-term': 'Uses terms your practice asked staff not to post.',
  engine: 'Part of this text was not checked.',
};
const SEVERITY_WORD: Record<Severity, string> = { block: 'Blocks posting', warn: 'Warning', info: 'Tip' };
const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export function FindingCard({ findings, text, onReplace, onCopy, onClose, onDismiss, dismissBlock = false, onNeverFlag, onSetup, status, id = 'rx-card', role = 'dialog' }: FindingCardProps) {
  // Whole safe replies are the same for every finding: show each once, before the findings.
  const replies: { suggestion: Suggestion; finding: Finding }[] = [];
  for (const f of findings) for (const s of f.suggestions) if (s.scope === 'all' && !replies.some((r) => r.suggestion.text === s.text)) replies.push({ suggestion: s, finding: f });
  const groups = groupByCategory(findings);
  return (
    <div class="card" role={role} aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>
        <span>ReplyRx: {findings.length === 1 ? '1 issue' : `${findings.length} issues`}</span>
        {onClose && (
          <button type="button" class="close" aria-label="Close ReplyRx card" onClick={onClose}>
            ×
          </button>
        )}
      </h2>
      {onSetup && (
        <p class="setup">
          Safe replies need your practice's name and phone.{' '}
          <button type="button" class="secondary inline" onClick={onSetup}>
            Set up your practice
          </button>
        </p>
      )}
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
      {status && <p class="status">{status}</p>}
      {groups.map(({ category, severity, items }) => (
        <div class={`finding ${severity}`} key={category} data-category={category}>
          <span class="sev">
            {SEVERITY_WORD[severity]} · {CATEGORY_LABEL[category]}
          </span>
          <p class="message">{new Set(items.map((f) => f.message)).size === 1 ? items[0].message : CATEGORY_SUMMARY[category]}</p>
          {text && (
            <ul class="words">
              {byWords(items, text).map(([words, hits]) => (
                <li key={words} data-words={words}>
                  <span>“{words.length > 40 ? `${words.slice(0, 39)}…` : words}”</span>
                  {onDismiss && (dismissBlock || hits.every((f) => f.severity !== 'block')) && (
                    <button type="button" class="secondary inline" aria-label={`Not a risk here: “${words}”`} onClick={() => onDismiss(hits)}>
                      Not a risk here
                    </button>
                  )}
                  {onNeverFlag && hits.some((f) => f.rule === 'person-name') && (
                    <button type="button" class="secondary inline" aria-label={`Never flag this name: “${words}”`} onClick={() => onNeverFlag(words)}>
                      Never flag this name
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>Why</summary>
            <ul>
              {items.map((f, i) => (
                <li key={i} data-rule={f.rule}>
                  {f.why}
                  {onReplace &&
                    f.suggestions
                      .filter((s) => s.scope === 'span')
                      .map((s) => (
                        <button type="button" class="secondary inline" key={s.label} onClick={() => onReplace(s, f)}>
                          {s.label}
                        </button>
                      ))}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
    </div>
  );
}

/** The findings of one group by the words they flag, in text order: each phrase is dismissed as one. */
function byWords(items: readonly Finding[], text: string): [string, Finding[]][] {
  const rows = new Map<string, Finding[]>();
  for (const f of [...items].sort((a, b) => a.start - b.start)) {
    const words = flaggedWords(f, text);
    if (words) rows.set(words, [...(rows.get(words) ?? []), f]);
  }
  return [...rows];
}

function groupByCategory(findings: readonly Finding[]): { category: Category; severity: Severity; items: Finding[] }[] {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  return [...groups]
    .map(([category, items]) => ({ category, items, severity: items.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info') }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
