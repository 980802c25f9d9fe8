// The options page: one section per part of the policy, a list of sections to jump to, and a
// status line. There is no Save button: every valid change is saved as it is made. At #welcome it
// shows the first-run setup instead (opened on install).
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WELCOME_HASH } from '@/sites/setup';
import { CustomTermsSection } from './CustomTermsSection';
import { ImportExportSection } from './ImportExportSection';
import { ManagedNotice } from './ManagedNotice';
import { PracticeSection } from './PracticeSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';
import { TryItSection } from './TryItSection';
import { usePolicyState, type PolicyState } from './usePolicyState';
import { Welcome } from './Welcome';

const SECTIONS: { id: string; title: string; Body: FunctionComponent<{ state: PolicyState }> }[] = [
  { id: 'practice', title: 'Practice identity', Body: PracticeSection },
  { id: 'rules', title: 'Rules', Body: RulesSection },
  { id: 'terms', title: 'Custom terms', Body: CustomTermsSection },
  { id: 'templates', title: 'Safe reply templates', Body: TemplatesSection },
  { id: 'sites', title: 'Sites', Body: SitesSection },
  { id: 'try', title: 'Try it', Body: ({ state }) => <TryItSection policy={state.policy} /> },
  { id: 'import-export', title: 'Import and export', Body: ImportExportSection },
];

export function OptionsApp() {
  const state = usePolicyState();
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const welcome = hash === WELCOME_HASH;
  // Leaving the setup shows every setting, from the top.
  const finish = () => {
    history.replaceState(null, '', location.pathname);
    setHash('');
    scrollTo(0, 0);
  };
  return (
    <div class="layout">
      <header class="top">
        <h1>ReplyRx settings</h1>
        <p class="tagline">Your practice's policy. Changes save automatically and reach open tabs right away.</p>
        <p class="save-status" role="status" data-save-status>
          {state.status}
        </p>
      </header>
      {/* The setup is one step at a time: the list of sections comes with them. */}
      {!welcome && (
        <nav class="toc" aria-label="Sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main class="sections">
        {state.loaded && welcome ? (
          <>
            <ManagedNotice state={state} />
            <Welcome state={state} onDone={finish} />
          </>
        ) : state.loaded ? (
          <>
            <ManagedNotice state={state} />
            {SECTIONS.map(({ id, title, Body }) => (
              <section key={id} id={id} aria-labelledby={`${id}-title`}>
                <h2 id={`${id}-title`}>{title}</h2>
                <Body state={state} />
              </section>
            ))}
          </>
        ) : (
          <p>Loading your settings…</p>
        )}
      </main>
    </div>
  );
}
