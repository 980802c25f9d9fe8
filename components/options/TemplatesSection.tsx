// The safe replies staff are offered, in the practice's own words, with a live preview.
import { DEFAULT_TEMPLATES, renderTemplate, TEMPLATE_IDS, valueAt, type Policy, type TemplateId } from '@/rules';
import { PLACEHOLDERS, type Placeholder } from '@/rules/templates';
import { describedBy, Errors, fieldId, isLocked, ItNote, useDraft } from './Field';
import { checkValue, valueInForce } from './fields';
import { TYPING_DELAY, type PolicyState } from './usePolicyState';

const TEMPLATE_LABEL: Record<TemplateId, string> = {
  thanks: 'Thank them',
  question: 'Invite them to call (questions)',
  complaint: 'Take it offline (complaints)',
  emergency: 'Send them to 911 (emergencies)',
  private: 'Move it to the phone (private messages)',
};

const PLACEHOLDER_SOURCE: Record<Placeholder, string> = {
  practiceName: 'Practice name',
  phone: 'First phone number',
  email: 'First email address',
  website: 'Website',
  address: 'Address',
};

const placeholderValue = (policy: Policy, p: Placeholder) => renderTemplate(`{${p}}`, policy);

export function TemplatesSection({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">
        When a reply is risky, staff are offered one of these instead. Placeholders are filled from the practice identity; an empty one is left
        out together with the small word before it (“at {'{phone}'}”).
      </p>
      <table class="placeholders">
        <caption>Placeholders</caption>
        <thead>
          <tr>
            <th scope="col">Write</th>
            <th scope="col">Filled with</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {PLACEHOLDERS.map((p) => (
            <tr key={p}>
              <td>
                <code>{`{${p}}`}</code>
              </td>
              <td>{PLACEHOLDER_SOURCE[p]}</td>
              <td>{placeholderValue(state.policy, p) || <em>not set: left out</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {TEMPLATE_IDS.map((t) => (
        <Template key={t} state={state} templateId={t} />
      ))}
    </>
  );
}

function Template({ state, templateId }: { state: PolicyState; templateId: TemplateId }) {
  const path = `templates.${templateId}`;
  const id = fieldId(path);
  const locked = isLocked(state, path);
  const { draft, setDraft, focusProps } = useDraft(String(valueInForce(state.policy, path)));
  const { errors } = checkValue(path, draft);
  const onInput = (text: string) => {
    setDraft(text);
    const checked = checkValue(path, text);
    if (checked.errors.length === 0) state.setField(path, checked.value, TYPING_DELAY);
  };
  // Reset removes the manager's wording: IT's default applies if it set one, otherwise the built-in one.
  const reset = () => {
    state.setField(path, undefined);
    setDraft(String(valueAt(state.managed.defaults, path) ?? DEFAULT_TEMPLATES[templateId]));
  };
  return (
    <div class="field template" data-field={path}>
      <div class="field-head">
        <label for={id}>{TEMPLATE_LABEL[templateId]}</label>
        <ItNote state={state} path={path} />
      </div>
      <textarea
        id={id}
        rows={3}
        value={draft}
        disabled={locked}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, false, errors)}
        onInput={(e) => onInput(e.currentTarget.value)}
        {...focusProps}
      />
      <Errors id={`${id}-errors`} errors={errors.map((e) => `${e}. Not saved.`)} />
      <div class="preview" id={`${id}-preview`} data-preview>
        <span class="preview-label">Preview</span>
        <p>{renderTemplate(draft, state.policy) || <em>Empty: the default is used.</em>}</p>
      </div>
      <button type="button" class="button" disabled={locked} onClick={reset}>
        Reset to default
      </button>
    </div>
  );
}
