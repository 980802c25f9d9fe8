// jargon (a hint): two or more clinical abbreviations or jargon terms on Facebook or X. LinkedIn's
// audience is professional, so the same text is fine there, and one isolated abbreviation is fine anywhere.
import { ruleTester } from './rule-tester';

ruleTester('jargon', {
  valid: [
    { text: 'Quick case from clinic: 67M with CHF, SOB and pitting edema, uptitrated his diuretic.', site: 'linkedin' },
    { text: 'Pt c/o RLQ pain, r/o appy, CT ordered stat.', site: 'linkedin' },
    { text: 'Our new NP starts Monday. Welcome to the team!' },
    { text: 'ER or urgent care? Here\'s a simple guide to choosing.', site: 'x' },
    { text: 'Free BP checks at the Saturday market, no appointment needed!' },
    { text: 'Flu shots are here! Walk in Monday to Friday, 8 to 11.', site: 'x' },
    { text: 'Dr. Lee explains what an A1c test measures, in plain English.' },
  ],
  invalid: [
    { text: 'Quick case from clinic: 67M with CHF, SOB and pitting edema, uptitrated his diuretic.', span: 'CHF' },
    { text: 'Pt c/o RLQ pain, r/o appy, CT ordered stat.', site: 'x', span: 'r/o' },
    { text: 'Amox 500 q8h x 10 days for the AOM, f/u in 2 wks.', site: 'x', span: 'q8h' },
    { text: 'New Rx: OD -1.75, OS -2.00. Glasses ready Friday!', span: 'OD -1.75' },
    { text: 'Teaching moment: afebrile, NKDA, lungs CTAB, sent home with PRN albuterol.', span: 'NKDA' },
    { text: 'Grand rounds recap: HFrEF with LVEF of 30%, started on GDMT.', site: 'x', span: 'LVEF' },
  ],
});
