// The first-run setup (options.html#welcome), opened on install: what ReplyRx does and never does,
// then the practice's name and phone, its staff and public names, and the sites, one step at a
// time. The fields are the options page's own, so every step saves as it is typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { SITES } from '@/rules/types';
import { hostList, SITE_NAME } from '@/sites/hosts';
import { needsSetup } from '@/sites/setup';
import { ListField, TextField, Toggle } from './Field';
import type { PolicyState } from './usePolicyState';

const STEPS: { title: string; Body: (props: { state: PolicyState }) => preact.JSX.Element }[] = [
  { title: 'Welcome to ReplyRx', Body: About },
  { title: 'Your practice', Body: Practice },
  { title: 'Staff and public names', Body: Names },
  { title: 'Sites to check', Body: Sites },
];

export function Welcome({ state, onDone }: { state: PolicyState; onDone: () => void }) {
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Each new step is announced and starts at its heading, for keyboard and screen-reader users.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  const { title, Body } = STEPS[step];
  const last = step === STEPS.length - 1;
  return (
    <section id="welcome" aria-labelledby="welcome-title" data-step={step + 1}>
      <p class="step-count">
        Step {step + 1} of {STEPS.length}
      </p>
      <h2 id="welcome-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <Body state={state} />
      {last && needsSetup(state.policy) && (
        <p class="hint" data-setup-missing>
          Without the practice's name and phone, safe replies leave them out, and ReplyRx keeps asking you to set them.
        </p>
      )}
      <div class="buttons wizard">
        {step > 0 && (
          <button type="button" class="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        <button type="button" class="button primary" onClick={() => (last ? onDone() : setStep(step + 1))}>
          {last ? 'Finish' : 'Next'}
        </button>
        {!last && (
          <button type="button" class="button link" onClick={onDone}>
            Skip to all settings
          </button>
        )}
      </div>
    </section>
  );
}

function About() {
  return (
    <>
      <p>
        ReplyRx warns you before you post a patient's name or other details, wording that confirms someone is a patient, a person's health details,
        individual medical advice or a patient's photo on Facebook, X or LinkedIn. Each warning says why and offers a safe reply with your practice's
        phone number.
      </p>
      <ul>
        <li>
          <strong>Everything stays on this computer.</strong> No text you type leaves the device: ReplyRx makes no network requests and sends no
          analytics.
        </li>
        <li>It never stores or logs what you type; it keeps only counts of warnings, for 30 days, for your practice's compliance log.</li>
        <li>It never posts, deletes or changes anything unless you press Replace.</li>
      </ul>
      <p>Setting up takes a minute: your practice's name and phone, the names that are never flagged, and the sites to check.</p>
    </>
  );
}

function Practice({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">The safe replies use these, and ReplyRx never flags your own phone number.</p>
      <TextField state={state} path="practice.name" label="Practice name" autocomplete="organization" />
      <ListField state={state} path="practice.phones" label="Phone numbers" hint="One per line. The first one goes into the safe replies." rows={2} />
    </>
  );
}

function Names({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">Your staff and public names (doctors, hygienists, the front desk) are never flagged as patients.</p>
      <ListField
        state={state}
        path="allowNames"
        label="Staff and public names that are never flagged"
        hint="Paste a list, one name per line, for example Dr. Anita Patel, Dr. Patel or Jenna."
        rows={6}
      />
    </>
  );
}

function Sites({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">ReplyRx checks what you write on these sites. You can change this later in the settings.</p>
      {SITES.map((site) => (
        <Toggle key={site} state={state} path={`sites.${site}`} label={SITE_NAME[site]} hint={`On ${hostList(site)}.`} />
      ))}
    </>
  );
}
