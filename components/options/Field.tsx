// What the options page's fields share: the IT notes, the error list, the draft of a field being
// typed in, and the three plain field kinds (one line of text, one item per line, on/off).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { valueAt } from '@/rules';
import { checkList, checkValue, formatLines, parseLines } from './fields';
import { TYPING_DELAY, type PolicyState } from './usePolicyState';

/** An element id for a field path (`practice.phones` → `field-practice-phones`). */
export const fieldId = (path: string) => `field-${path.replace(/[^\w-]/g, '-')}`;

export const isLocked = (state: PolicyState, path: string) => state.source(path) === 'locked';

/** Says when IT set the field: locked (the control is disabled) or only as a default. */
export function ItNote({ state, path }: { state: PolicyState; path: string }) {
  const source = state.source(path);
  if (source === 'locked') return <span class="it-note locked">Set by your practice's IT</span>;
  if (source === 'it-default') return <span class="it-note">Default from your practice's IT</span>;
  return null;
}

export function Errors({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul class="errors" id={id}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** The ids a control is described by: its hint and, when there are any, its errors. */
export const describedBy = (id: string, hint: boolean, errors: readonly unknown[]) =>
  [hint && `${id}-hint`, errors.length > 0 && `${id}-errors`].filter(Boolean).join(' ') || undefined;

/**
 * The value of a field as the manager is editing it. It follows the value in force (an import, a
 * reset, the popup or another tab) except while focus is inside the field, so a change from
 * elsewhere never overwrites what is being typed.
 */
export function useDraft<T>(inForce: T) {
  const [draft, setDraft] = useState(inForce);
  const focused = useRef(false);
  const key = JSON.stringify(inForce);
  const seen = useRef(key);
  useEffect(() => {
    if (key !== seen.current && !focused.current) setDraft(inForce);
    seen.current = key;
  }, [key]);
  const focusProps = { onFocusIn: () => (focused.current = true), onFocusOut: () => (focused.current = false) };
  return { draft, setDraft, focusProps };
}

interface FieldProps {
  state: PolicyState;
  path: string;
  label: string;
  hint?: ComponentChildren;
}

function FieldHead({ state, path, label, hint }: FieldProps) {
  const id = fieldId(path);
  return (
    <>
      <div class="field-head">
        <label for={id}>{label}</label>
        <ItNote state={state} path={path} />
      </div>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

/** What a field's text control needs whatever its kind: id, value, lock, error state, description, events. */
function controlProps(props: FieldProps, draft: string, errors: readonly string[], onInput: (text: string) => void, focusProps: object) {
  const id = fieldId(props.path);
  return {
    id,
    value: draft,
    disabled: isLocked(props.state, props.path),
    'aria-invalid': errors.length > 0,
    'aria-describedby': describedBy(id, !!props.hint, errors),
    onInput: (e: { currentTarget: { value: string } }) => onInput(e.currentTarget.value),
    ...focusProps,
  };
}

/** A one-line text field; saved once valid, a pause after the last keystroke. */
export function TextField(props: FieldProps & { type?: string; autocomplete?: string }) {
  const { state, path, type = 'text', autocomplete = 'off' } = props;
  const id = fieldId(path);
  const { draft, setDraft, focusProps } = useDraft(String(valueAt(state.policy, path) ?? ''));
  const { errors } = checkValue(path, draft);
  const onInput = (text: string) => {
    setDraft(text);
    const checked = checkValue(path, text);
    if (checked.errors.length === 0) state.setField(path, checked.value, TYPING_DELAY);
  };
  return (
    <div class="field" data-field={path}>
      <FieldHead {...props} />
      <input type={type} autocomplete={autocomplete} {...controlProps(props, draft, errors, onInput, focusProps)} />
      <Errors id={`${id}-errors`} errors={errors.map((e) => `${e}. Not saved.`)} />
    </div>
  );
}

/** A list as one item per line; the valid lines save, each invalid one is named with its error. */
export function ListField(props: FieldProps & { rows?: number }) {
  const { state, path, rows = 3 } = props;
  const id = fieldId(path);
  const { draft, setDraft, focusProps } = useDraft(formatLines((valueAt(state.policy, path) as string[]) ?? []));
  const lines = parseLines(draft);
  const checked = checkList(path, lines);
  const errors = [...checked.listErrors, ...[...checked.errors].map(([i, errs]) => `“${lines[i]}”: ${errs.join('; ')}. Not saved.`)];
  const onInput = (text: string) => {
    setDraft(text);
    state.setField(path, checkList(path, parseLines(text)).valid, TYPING_DELAY);
  };
  return (
    <div class="field" data-field={path}>
      <FieldHead {...props} />
      <textarea rows={rows} {...controlProps(props, draft, errors, onInput, focusProps)} />
      <Errors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

/** An on/off switch, saved at once. */
export function Toggle({ state, path, label, hint }: FieldProps) {
  const id = fieldId(path);
  return (
    <div class="field toggle" data-field={path}>
      <input
        id={id}
        type="checkbox"
        checked={valueAt(state.policy, path) === true}
        disabled={isLocked(state, path)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => state.setField(path, e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <ItNote state={state} path={path} />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
