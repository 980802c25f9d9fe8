// Which networks ReplyRx checks, with every host each switch covers (sites/hosts.ts).
import { SITES } from '@/rules/types';
import { hostList, SITE_NAME } from '@/sites/hosts';
import { Toggle } from './Field';
import type { PolicyState } from './usePolicyState';

export function SitesSection({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">ReplyRx checks what staff write on these sites. Turning one off stops all warnings there.</p>
      {SITES.map((site) => (
        <Toggle key={site} state={state} path={`sites.${site}`} label={SITE_NAME[site]} hint={`On ${hostList(site)}.`} />
      ))}
    </>
  );
}
