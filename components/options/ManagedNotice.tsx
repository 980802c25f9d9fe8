// What IT's managed policy means for this page: some fields locked, and values ReplyRx could not use.
import type { PolicyState } from './usePolicyState';

export function ManagedNotice({ state }: { state: PolicyState }) {
  const { problems } = state.managed;
  return (
    <>
      {state.locks.size > 0 && (
        <p class="notice">
          Your practice's IT manages some of these settings. Fields marked “Set by your practice's IT” can't be changed here.
        </p>
      )}
      {problems.length > 0 && (
        <div class="notice warning" data-managed-problems>
          <p>Your IT's policy has values ReplyRx ignored:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          <p>Those fields use their defaults until IT fixes them.</p>
        </div>
      )}
    </>
  );
}
