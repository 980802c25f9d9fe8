// The names staff added from the warning card ("Never flag this name"), newest first, with when:
// names only, never the message they were in. The manager removes one from the list above.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readAddedNames, type AddedName } from '@/sites/added-names';
import { ADDED_NAMES_KEY } from '@/sites/storage-keys';
import { Toggle } from './Field';
import type { PolicyState } from './usePolicyState';

const read = async () => readAddedNames((await browser.storage.local.get(ADDED_NAMES_KEY))[ADDED_NAMES_KEY]);
const when = (at: string) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AddedNames({ state }: { state: PolicyState }) {
  const [log, setLog] = useState<AddedName[]>([]);
  useEffect(() => {
    void read().then(setLog);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ADDED_NAMES_KEY in changes) void read().then(setLog);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const listLocked = state.source('allowNames') === 'locked';
  return (
    <div data-added-names>
      <Toggle
        state={state}
        path="staffCanAddNames"
        label="Let staff add names from the warning card (“Never flag this name”)"
        hint={listLocked ? "Your practice's IT sets the names list, so the card does not offer this." : 'Each name added is listed below with its date.'}
      />
      <h3 id="added-names-title">Added by staff from the warning card</h3>
      {log.length === 0 ? (
        <p class="hint">None yet.</p>
      ) : (
        <ul class="added-names" aria-labelledby="added-names-title">
          {[...log].reverse().map((entry) => (
            <li key={`${entry.at}-${entry.name}`}>
              <span>{entry.name}</span>
              <time dateTime={entry.at}>{when(entry.at)}</time>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
