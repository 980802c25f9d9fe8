// Which networks ReplyRx checks.
import { Toggle } from './Field';
import type { PolicyState } from './usePolicyState';

export function SitesSection({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">ReplyRx checks what staff write on these sites. Turning one off stops all warnings there.</p>
      <Toggle state={state} path="sites.facebook" label="Facebook" />
      <Toggle state={state} path="sites.x" label="X (Twitter)" />
      <Toggle state={state} path="sites.linkedin" label="LinkedIn" />
    </>
  );
}
