// Today's warning counts: how many drafts showed each kind of warning, what staff did about them,
// and which rules they dismissed as not a risk (next to how often each showed).
import { CATEGORY_LABEL } from '@/components/FindingCard';
import { RULE_IDS } from '@/rules/rule-ids';
import { ACTIONS, COUNTED_CATEGORIES, dismissedCounter, shownCounter, type Action, type DayCounts } from '@/sites/stats';
import { ruleTitle } from '../rule-title';

const ACTION_LABEL: Record<Action, string> = {
  'safe-replies-used': 'Safe replies used',
  'sends-held': 'Sends held back',
  'posted-anyway': 'Posted anyway',
};

export function TodayCounts({ counts }: { counts: DayCounts }) {
  const categories = COUNTED_CATEGORIES.filter((c) => (counts[c] ?? 0) > 0);
  const dismissed = RULE_IDS.filter((rule) => (counts[dismissedCounter(rule)] ?? 0) > 0);
  const anything = categories.length > 0 || ACTIONS.some((a) => (counts[a] ?? 0) > 0) || dismissed.length > 0;
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">Warnings today</h2>
      {anything ? (
        <>
          <p class="hint">Each kind of warning counts once per draft.</p>
          <ul class="counts">
            {categories.map((c) => (
              <li key={c} data-counter={c}>
                <span>{CATEGORY_LABEL[c]}</span>
                <span class="n">{counts[c]}</span>
              </li>
            ))}
          </ul>
          <ul class="counts actions">
            {ACTIONS.map((a) => (
              <li key={a} data-counter={a}>
                <span>{ACTION_LABEL[a]}</span>
                <span class="n">{counts[a] ?? 0}</span>
              </li>
            ))}
          </ul>
          {dismissed.length > 0 && (
            <>
              <h3 id="dismissed-title">Dismissed as not a risk</h3>
              <ul class="counts dismissed" aria-labelledby="dismissed-title">
                {dismissed.map((rule) => (
                  <li key={rule} data-counter={dismissedCounter(rule)}>
                    <span>{ruleTitle(rule)}</span>
                    <span>
                      <span class="n">{counts[dismissedCounter(rule)]}</span> of {counts[shownCounter(rule)] ?? 0} shown
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p class="empty" data-empty>
          No warnings today
        </p>
      )}
    </section>
  );
}
