// The policy as a JSON file (docs/policy.md): export what is in force, import the manager's settings.
import { useRef, useState } from 'preact/hooks';
import type { PolicyProblem } from '@/rules';
import { downloadText } from '../download';
import { plainMessage, readImport } from './fields';
import type { PolicyState } from './usePolicyState';

type Outcome = { error: string; problems: PolicyProblem[] } | { done: string } | null;

export function ImportExportSection({ state }: { state: PolicyState }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const resetAll = async () => {
    setConfirmingReset(false);
    await state.replaceAll({});
    setOutcome({ done: "Your settings were cleared: ReplyRx's defaults (and your practice IT's values, if any) apply again." });
  };

  const exportPolicy = () => {
    downloadText('replyrx-policy.json', `${JSON.stringify(state.policy, null, 2)}\n`, 'application/json');
  };

  const importFile = async (chosen: File) => {
    const result = readImport(await chosen.text(), state.locks);
    if (!result.ok) return setOutcome({ error: result.error, problems: result.problems });
    await state.replaceAll(result.value);
    const locked = result.lockedPaths.length > 0 ? ` These fields stay as your practice's IT set them: ${result.lockedPaths.join(', ')}.` : '';
    setOutcome({ done: `Imported ${chosen.name}: it now replaces your settings.${locked}` });
  };

  return (
    <>
      <p class="intro">
        Export saves the policy in force as <code>replyrx-policy.json</code>, to keep or to load on another computer. Importing a file replaces
        all of your settings; a file with any problem changes nothing.
      </p>
      <div class="buttons">
        <button type="button" class="button" onClick={exportPolicy}>
          Export policy
        </button>
        <button type="button" class="button" aria-describedby="import-hint" onClick={() => file.current?.click()}>
          Import policy…
        </button>
        <input
          ref={file}
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          aria-label="Policy file to import"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again imports it again
            if (chosen) void importFile(chosen);
          }}
        />
      </div>
      <p class="hint" id="import-hint">
        A JSON file in the format of the policy guide, such as one exported here.
      </p>
      {/* Two steps, so one stray click cannot wipe the practice's settings. */}
      <div class="buttons">
        {confirmingReset ? (
          <>
            <button type="button" class="button danger" onClick={() => void resetAll()}>
              Yes, clear all my settings
            </button>
            <button type="button" class="button" onClick={() => setConfirmingReset(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button type="button" class="button" onClick={() => setConfirmingReset(true)}>
            Reset all settings…
          </button>
        )}
      </div>
      {outcome && 'error' in outcome && (
        <div class="import-problems" role="alert" data-import-problems>
          <p>{outcome.error}</p>
          {outcome.problems.length > 0 && (
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path || '(whole file)'}</code>: {plainMessage(p.message)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p class="import-done" aria-live="polite" data-import-result>
        {outcome && 'done' in outcome ? outcome.done : ''}
      </p>
    </>
  );
}
