import { ruleTester } from './rule-tester';

ruleTester('jargon', {
  valid: [
    { text: 'A G4P3 at 39 weeks with decreased fetal movement and a reassuring NST; the BPP showed low fluid.', site: 'linkedin' },
    { text: 'Flu shots are here! Walk in Mon–Fri 8–11am.', site: 'x' },
    { text: 'Your EKG looked normal, so it was probably dehydration.', site: 'x', kind: 'reply', context: 'I fainted in your lobby' },
  ],
  invalid: [
    { text: 'Interesting case: G4P3 at 39 wks, reassuring NST, BPP showed low AFI.', site: 'facebook', span: 'NST' },
    { text: 'Pt w/ HTN and HLD, SOB on exertion, started on lisinopril PO BID.', site: 'x', span: 'HTN' },
  ],
});
