// What ReplyRx does in the current tab, and the switch that pauses it on that site.
import type { Site } from '@/rules/types';

export const SITE_NAME: Record<Site, string> = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn' };

export interface SiteState {
  site: Site;
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
        <p class="hint">It checks what you write on Facebook, X and LinkedIn.</p>
      </div>
    );
  }
  const { site, enabled, locked } = state;
  const name = SITE_NAME[site];
  return (
    <>
      <p class="status headline" role="status" data-status={enabled ? 'on' : 'paused'}>
        {enabled ? `ReplyRx is checking what you write on ${name}` : `Paused on ${name}`}
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
        {locked ? "Set by your practice's IT" : `Applies to every ${name} tab in this browser.`}
      </p>
    </>
  );
}
