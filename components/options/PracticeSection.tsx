// Who the practice is: its own contact details and staff names are never flagged, and fill the safe replies.
import { AddedNames } from './AddedNames';
import { ListField, TextField } from './Field';
import type { PolicyState } from './usePolicyState';

export function PracticeSection({ state }: { state: PolicyState }) {
  return (
    <>
      <p class="intro">
        ReplyRx never flags the practice's own phone numbers, emails, address or the names below, and puts them into the safe replies.
      </p>
      <TextField state={state} path="practice.name" label="Practice name" autocomplete="organization" />
      <ListField state={state} path="practice.phones" label="Phone numbers" hint="One per line. The first one goes into the safe replies." rows={2} />
      <ListField state={state} path="practice.emails" label="Email addresses" hint="One per line. The first one fills {email}." rows={2} />
      <TextField state={state} path="practice.address" label="Address" hint="Street, town and postcode on one line." />
      <TextField state={state} path="practice.website" label="Website" hint="For example clinic.example or https://clinic.example." />
      <ListField
        state={state}
        path="allowNames"
        label="Staff and public names that are never flagged"
        hint="One per line, for example Dr. Anita Patel, Dr. Patel or Jenna."
        rows={5}
      />
      <AddedNames state={state} />
    </>
  );
}
