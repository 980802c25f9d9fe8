// The practice's own terms: extra ones to flag (with a severity and a message) and ones never flagged.
import { SEVERITIES, type Severity } from '@/rules';
import { Errors, fieldId, isLocked, ItNote, ListField, useDraft } from './Field';
import { checkList } from './fields';
import { TYPING_DELAY, type PolicyState } from './usePolicyState';

const PATH = 'customTerms.deny';
const SEVERITY_LABEL: Record<Severity, string> = { info: 'Info', warn: 'Warn', block: 'Block' };

interface DenyRow {
  term: string;
  severity: Severity;
  message: string;
}

const isBlank = (row: DenyRow) => !row.term.trim() && !row.message.trim();

export function CustomTermsSection({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">Words and phrases your practice wants flagged, such as a local school or an internal system, and ones never to flag.</p>
      <DenyTerms state={state} />
      <ListField
        state={state}
        path="customTerms.allow"
        label="Terms never flagged"
        hint="One per line, for example the practice's own brand names or a treatment it advertises."
      />
    </>
  );
}

function DenyTerms({ state }: { state: PolicyState }) {
  const id = fieldId(PATH);
  const locked = isLocked(state, PATH);
  const { draft: rows, setDraft, focusProps } = useDraft<DenyRow[]>(state.policy.customTerms.deny);
  // Blank rows (just added) are neither saved nor reported.
  const filled = rows.flatMap((row, i) => (isBlank(row) ? [] : [i]));
  const checked = checkList(PATH, filled.map((i) => rows[i]));
  const rowErrors = (i: number) => checked.errors.get(filled.indexOf(i)) ?? [];

  const change = (next: DenyRow[]) => {
    setDraft(next);
    state.setField(PATH, checkList(PATH, next.filter((row) => !isBlank(row))).valid, TYPING_DELAY);
  };
  const edit = (i: number, patch: Partial<DenyRow>) => change(rows.map((row, k) => (k === i ? { ...row, ...patch } : row)));
  const add = () => {
    setDraft([...rows, { term: '', severity: 'warn', message: '' }]);
    // Keyboard users land in the new row.
    requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-term`)?.focus());
  };
  const remove = (i: number) => {
    change(rows.filter((_, k) => k !== i));
    document.getElementById(`${id}-add`)?.focus();
  };

  return (
    <div class="field" data-field={PATH} {...focusProps}>
      <div class="field-head">
        <h3 id={`${id}-title`}>Terms to flag</h3>
        <ItNote state={state} path={PATH} />
      </div>
      {checked.listErrors.length > 0 && <Errors id={`${id}-errors`} errors={checked.listErrors} />}
      {rows.length === 0 && <p class="hint">None yet.</p>}
      {rows.map((row, i) => {
        const rowId = `${id}-${i}`;
        const errors = rowErrors(i);
        const invalid = errors.length > 0;
        return (
          <fieldset class="deny-row" key={i} aria-describedby={invalid ? `${rowId}-errors` : undefined}>
            <legend class="visually-hidden">Term {i + 1}</legend>
            <div class="deny-cell term">
              <label for={`${rowId}-term`}>Term</label>
              <input id={`${rowId}-term`} type="text" value={row.term} disabled={locked} aria-invalid={invalid} onInput={(e) => edit(i, { term: e.currentTarget.value })} />
            </div>
            <div class="deny-cell">
              <label for={`${rowId}-severity`}>Severity</label>
              <select id={`${rowId}-severity`} value={row.severity} disabled={locked} onChange={(e) => edit(i, { severity: e.currentTarget.value as Severity })}>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {SEVERITY_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
            <div class="deny-cell message">
              <label for={`${rowId}-message`}>Message shown to staff</label>
              <input id={`${rowId}-message`} type="text" value={row.message} disabled={locked} aria-invalid={invalid} onInput={(e) => edit(i, { message: e.currentTarget.value })} />
            </div>
            <button type="button" class="button" disabled={locked} aria-label={`Remove term ${i + 1}`} onClick={() => remove(i)}>
              Remove
            </button>
            <Errors id={`${rowId}-errors`} errors={errors.map((e) => `${e}. This term is not saved until it is fixed.`)} />
          </fieldset>
        );
      })}
      <button type="button" class="button" id={`${id}-add`} disabled={locked} onClick={add}>
        Add a term
      </button>
    </div>
  );
}
