// How strict each rule is, and what happens when someone posts risky text anyway.
import { RULE_META, RULE_SETTINGS, valueAt, type RuleMeta, type RuleSetting } from '@/rules';
import { fieldId, isLocked, ItNote, Toggle } from './Field';
import { valueInForce } from './fields';
import type { PolicyState } from './usePolicyState';

const LEVEL_LABEL: Record<RuleSetting, string> = { off: 'Off', info: 'Info', warn: 'Warn', block: 'Block' };

/** "person-name" → "Person name". */
const ruleTitle = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');

export function RulesSection({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">
        <strong>Off</strong>: not checked. <strong>Info</strong>: a tip. <strong>Warn</strong>: a warning. <strong>Block</strong>: a warning,
        and posting is held back until the text is edited (or posted anyway, if allowed below).
      </p>
      {RULE_META.map((rule) => (
        <Rule key={rule.id} state={state} rule={rule} />
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
function Rule({ state, rule }: { state: PolicyState; rule: RuleMeta }) {
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
