// The toolbar popup: what ReplyRx does in this tab, a switch to pause it on this site, today's
// counts, the CSV export and a way to the practice settings. It reads counts, never text.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { withField } from '@/rules/managed';
import type { Site } from '@/rules/types';
import type { StatusResponse } from '@/sites/messages';
import { readEffectivePolicy, updateLocalPolicy } from '@/sites/policy-store';
import { needsSetup, WELCOME_HASH } from '@/sites/setup';
import { STATS_KEY, isPolicyChange } from '@/sites/storage-keys';
import { localDay, readStats, statsCsv, type DayCounts } from '@/sites/stats';
import { downloadText } from '../download';
import { SiteStatus, type SiteState } from './SiteStatus';
import { siteInTab, targetTabId } from './tab';
import { TodayCounts } from './TodayCounts';

async function readSiteState({ site, host }: StatusResponse): Promise<SiteState> {
  const { policy, locks } = await readEffectivePolicy();
  return { site, host, enabled: policy.sites[site] !== false, locked: locks.has(`sites.${site}`) };
}

async function readToday(): Promise<DayCounts> {
  const now = new Date();
  return readStats((await browser.storage.local.get(STATS_KEY))[STATS_KEY], now)[localDay(now)] ?? {};
}

/** Sets one site on or off in the manager's own settings; the content scripts pick the change up. */
async function setSiteEnabled(site: Site, enabled: boolean): Promise<void> {
  await updateLocalPolicy((own) => withField(own, `sites.${site}`, enabled));
}

async function exportCsv(): Promise<void> {
  const now = new Date();
  const csv = statsCsv((await browser.storage.local.get(STATS_KEY))[STATS_KEY], now);
  downloadText(`replyrx-counts-${localDay(now)}.csv`, csv, 'text/csv');
}

export function Popup() {
  /** What runs in the tab: undefined while asking, null when ReplyRx does not run there. */
  const [tab, setTab] = useState<StatusResponse | null | undefined>(undefined);
  const [state, setState] = useState<SiteState | null | undefined>(undefined);
  const [today, setToday] = useState<DayCounts>({});
  const [setup, setSetup] = useState(false);

  useEffect(() => {
    void targetTabId(location.search).then(siteInTab).then(setTab);
    void readToday().then(setToday);
    const readSetup = () => void readEffectivePolicy().then(({ policy }) => setSetup(needsSetup(policy)));
    readSetup();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (isPolicyChange(changes, area)) readSetup();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  useEffect(() => {
    if (tab === undefined) return;
    const load = () => void (tab ? readSiteState(tab) : Promise.resolve(null)).then(setState);
    load();
    // The options page, IT or another tab may change the policy or the counts while the popup is open.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (isPolicyChange(changes, area)) load();
      if (area === 'local' && STATS_KEY in changes) void readToday().then(setToday);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [tab]);

  return (
    <main>
      <h1>ReplyRx</h1>
      {setup && (
        <p class="setup" data-setup>
          Safe replies need your practice's name and phone.{' '}
          <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html') + WELCOME_HASH })}>
            Set up your practice
          </button>
        </p>
      )}
      <SiteStatus state={state} onToggle={(s, on) => void setSiteEnabled(s, on)} />
      <TodayCounts counts={today} />
      <div class="buttons">
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV (last 30 days)
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Practice settings
        </button>
      </div>
    </main>
  );
}
