// How strict each rule is, how often staff dismissed it lately, and what happens when someone
// posts risky text anyway.
import { RULE_META, RULE_SETTINGS, valueAt, type RuleId, type RuleMeta, type RuleSetting } from '@/rules';
import { ruleTitle } from '../rule-title';
import { fieldId, isLocked, ItNote, Toggle } from './Field';
import { valueInForce } from './fields';
import type { PolicyState } from './usePolicyState';
import { useRuleTotals } from './useRuleTotals';

const LEVEL_LABEL: Record<RuleSetting, string> = { off: 'Off', info: 'Info', warn: 'Warn', block: 'Block' };

export function RulesSection({ state }: { state: PolicyState }) {
  const totals = useRuleTotals();
  return (
    <>
      <p class="intro">
        <strong>Off</strong>: not checked. <strong>Info</strong>: a tip. <strong>Warn</strong>: a warning. <strong>Block</strong>: a warning,
        and posting is held back until the text is edited (or posted anyway, if allowed below). Under each rule: in how many drafts of the last
        30 days it showed, and in how many staff dismissed it as not a risk. A rule dismissed most of the time may deserve a lower level.
      </p>
      {RULE_META.map((rule) => (
        <Rule key={rule.id} state={state} rule={rule} record={totals.get(rule.id as RuleId) ?? { shown: 0, dismissed: 0 }} />
      ))}
      <h3>When someone posts anyway</h3>
      <Toggle state={state} path="sendGuard.enabled" label="Hold back posting while a message has a blocking finding" />
      <Toggle
        state={state}
        path="sendGuard.allowPostAnyway"
        label="Offer “Post anyway” in that dialog"
        hint={valueAt(state.policy, 'sendGuard.enabled') ? undefined : 'Only applies while posting is held back.'}
      />
    </>
  );
}

/** A radio group: one Tab stop, arrow keys move between the levels. */
function Rule({ state, rule, record }: { state: PolicyState; rule: RuleMeta; record: { shown: number; dismissed: number } }) {
  const path = `rules.${rule.id}`;
  const id = fieldId(path);
  const current = valueInForce(state.policy, path);
  const locked = isLocked(state, path);
  return (
    <fieldset class="field rule" data-field={path} aria-describedby={`${id}-desc`}>
      <legend>
        {ruleTitle(rule.id)} <ItNote state={state} path={path} />
      </legend>
      <p id={`${id}-desc`}>{rule.description}</p>
      <p class="example">
        For example: <q>{rule.example}</q>
      </p>
      <p class="rule-record" data-rule-record={rule.id}>
        {recordText(record)}
      </p>
      <div class="levels">
        {RULE_SETTINGS.map((level) => (
          <span class="level" key={level}>
            <input
              type="radio"
              id={`${id}-${level}`}
              name={id}
              value={level}
              checked={current === level}
              disabled={locked}
              onChange={() => state.setField(path, level)}
            />
            <label for={`${id}-${level}`}>
              {LEVEL_LABEL[level]}
              {level === rule.defaultSeverity && <span class="default-mark"> (default)</span>}
            </label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** "Last 30 days: shown in 5 drafts, dismissed in 2 (40%)". */
function recordText({ shown, dismissed }: { shown: number; dismissed: number }): string {
  if (shown === 0) return 'Last 30 days: not shown.';
  const drafts = (n: number) => `${n} ${n === 1 ? 'draft' : 'drafts'}`;
  return `Last 30 days: shown in ${drafts(shown)}, dismissed in ${dismissed} (${Math.round((100 * dismissed) / shown)}%).`;
}
