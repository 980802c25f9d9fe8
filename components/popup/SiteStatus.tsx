// What ReplyRx does in the current tab, and the switch that pauses it on that site (all its hosts).
import type { Site } from '@/rules/types';
import { allProducts, hostList, hostName, SITE_NAME } from '@/sites/hosts';

export interface SiteState {
  site: Site;
  /** The tab's host: business.facebook.com is "Meta Business Suite", though its switch is Facebook's. */
  host: string;
  enabled: boolean;
  /** IT set this site's switch in managed storage: the popup cannot change it. */
  locked: boolean;
}

export interface SiteStatusProps {
  /** undefined while the tab is being asked; null when ReplyRx does not run there. */
  state: SiteState | null | undefined;
  onToggle: (site: Site, enabled: boolean) => void;
}

export function SiteStatus({ state, onToggle }: SiteStatusProps) {
  if (state === undefined) return <p class="status" role="status">Checking this page…</p>;
  if (state === null) {
    return (
      <div class="status" role="status" data-status="unsupported">
        <p class="headline">ReplyRx doesn't run on this page</p>
        <p class="hint">It checks what you write on {allProducts()}.</p>
      </div>
    );
  }
  const { site, host, enabled, locked } = state;
  const name = SITE_NAME[site];
  return (
    <>
      <p class="status headline" role="status" data-status={enabled ? 'on' : 'paused'}>
        {enabled ? `ReplyRx is checking what you write on ${hostName(site, host)}` : `Paused on ${name}`}
      </p>
      <div class="switch-row" data-field={`sites.${site}`}>
        <span id="site-switch-label">Warnings on {name}</span>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={enabled}
          aria-labelledby="site-switch-label"
          aria-describedby="site-switch-note"
          disabled={locked}
          onClick={() => onToggle(site, !enabled)}
        >
          <span class="track" aria-hidden="true">
            <span class="thumb" />
          </span>
          <span class="state" aria-hidden="true">
            {enabled ? 'On' : 'Paused'}
          </span>
        </button>
      </div>
      {/* Pausing changes the practice settings in this browser, not only this tab: say so. */}
      <p class="hint" id="site-switch-note">
        {locked ? "Set by your practice's IT" : `Applies to every tab on ${hostList(site)} in this browser.`}
      </p>
    </>
  );
}
