// The options page's view of the policy: the manager's own settings, IT's managed values and the
// policy in force. Edits show at once and are written to storage.local after a pause (so typing is
// not one write per key); changes made elsewhere (the popup, another tab) are read back.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { effectivePolicy, NO_MANAGED_POLICY, readPartialPolicy, valueAt, withField, type ManagedPolicy, type PartialPolicy, type Policy } from '@/rules';
import { readLocalPolicy, readManaged, updateLocalPolicy, writeLocalPolicy } from '@/sites/policy-store';
import { isPolicyChange } from '@/sites/storage-keys';
import { sameValue, valueInForce } from './fields';

/** How long to wait after a keystroke before saving a text field. */
export const TYPING_DELAY = 300;

/** Where the value in force of a field comes from. */
export type FieldSource = 'locked' | 'it-default' | 'own' | 'default';

export interface PolicyState {
  loaded: boolean;
  /** The policy in force. */
  policy: Policy;
  locks: ReadonlySet<string>;
  managed: ManagedPolicy;
  /** "Saving…", "Saved" or why saving failed. */
  status: string;
  /** Sets one field of the manager's settings; undefined falls back to IT's default or the built-in one. */
  setField(path: string, value: unknown, delay?: number): void;
  /** Replaces all of the manager's settings (import). */
  replaceAll(value: PartialPolicy): Promise<void>;
  source(path: string): FieldSource;
}

interface Layers {
  local: PartialPolicy;
  managed: ManagedPolicy;
}

export function usePolicyState(): PolicyState {
  const [layers, setLayers] = useState<Layers>({ local: {}, managed: NO_MANAGED_POLICY });
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState('');
  // The latest layers, for callbacks that run before the next render.
  const latest = useRef(layers);
  // Edits not written yet, by field path (undefined: remove the manager's value).
  const pending = useRef(new Map<string, unknown>());
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const writing = useRef(Promise.resolve());

  const update = (next: Layers) => {
    latest.current = next;
    setLayers(next);
  };
  const withPending = (local: PartialPolicy) => [...pending.current].reduce((p, [path, value]) => withField(p, path, value), local);

  const flush = () => {
    clearTimeout(timer.current);
    writing.current = writing.current
      .then(async () => {
        if (pending.current.size === 0) return;
        // Edits made while this write is under way stay pending for the next one.
        const next = await updateLocalPolicy((stored) => {
          const merged = withPending(stored);
          pending.current.clear();
          return merged;
        });
        update({ ...latest.current, local: withPending(next) });
        setStatus('Saved');
      })
      .catch(() => setStatus('Could not save your changes. Please try again.'));
    return writing.current;
  };

  useEffect(() => {
    const reload = async () => {
      const [stored, managed] = await Promise.all([readLocalPolicy(), readManaged()]);
      // Edits still waiting to be written win over what is stored, so a field being typed in is not reset.
      update({ local: withPending(readPartialPolicy(stored).value), managed });
      setLoaded(true);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (isPolicyChange(changes, area)) void reload();
    };
    // Closing the tab right after typing still saves.
    const onHide = () => void flush();
    void reload();
    browser.storage.onChanged.addListener(onChanged);
    addEventListener('pagehide', onHide);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      removeEventListener('pagehide', onHide);
    };
  }, []);

  const { policy, locks } = useMemo(() => effectivePolicy(layers.local, layers.managed), [layers]);

  return {
    loaded,
    policy,
    locks,
    managed: layers.managed,
    status,
    setField(path, value, delay = 0) {
      const { local, managed } = latest.current;
      // A value equal to what applies without the manager's setting is not stored: their settings stay sparse.
      const fallback = valueInForce(effectivePolicy(withField(local, path, undefined), managed).policy, path);
      const stored = sameValue(value, fallback) ? undefined : value;
      if (sameValue(stored, valueAt(local, path))) return;
      pending.current.set(path, stored);
      update({ local: withField(local, path, stored), managed });
      setStatus('Saving…');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    async replaceAll(value) {
      clearTimeout(timer.current);
      pending.current.clear();
      await writing.current;
      await writeLocalPolicy(value);
      update({ ...latest.current, local: value });
      setStatus('Saved');
    },
    source(path) {
      if (locks.has(path)) return 'locked';
      if (valueAt(layers.local, path) !== undefined) return 'own';
      return valueAt(layers.managed.defaults, path) !== undefined ? 'it-default' : 'default';
    },
  };
}
