// care-date: dates of birth and exact calendar dates of care. Event dates, closures, opening hours and
// relative days ("Thursday", "tomorrow at 3") are not identifiers.
import { ruleTester } from './rule-tester';

ruleTester('care-date', {
  valid: [
    // Thirtieth session (written fresh): a date the comment gives that is no birth date.
    { text: 'Noted 03/11/1958 on the form, thanks!', kind: 'message', context: 'Our wedding anniversary is 03/11/1958, can you print it on the cake card?' },
    { text: 'Please arrive 2 hours early on 6/14 for the fun run, it starts at 9!' },
    { text: 'Free sports physicals Saturday, Aug 9, 10am to 2pm at the rec center!' },
    { text: 'We will be closed Dec 24 and Dec 25. Happy holidays from all of us!' },
    { text: 'See you Thursday! Bring your retainer case.', kind: 'reply', context: 'Booked my cleaning for Thursday' },
    { text: 'Tomorrow at 3 works great, see you then!', kind: 'message', context: 'Can I move my appointment to tomorrow afternoon?' },
    { text: 'Flu shots are in! Walk-ins welcome starting Sept 15.' },
    { text: 'Our hours change to 8-4 starting next week.', kind: 'reply', context: 'Are you open late on Fridays?' },
    { text: 'Dr. Patel will give a free talk on menopause at the library on March 12.' },
    { text: 'Our Sept 20 CPR class has 4 seats left. Sign up at the front desk!' },
    { text: 'Harbor Point opened its doors on June 1, 2004. Twenty years of caring for Bayview!' },
    { text: 'Your BP was 96/62 today, a little low, so drink extra water and stand up slowly.', kind: 'message', context: 'what was my blood pressure at the visit?' },
    { text: 'Kids should see a dentist by their 1st birthday or first tooth, whichever comes first.', kind: 'reply', context: 'when should my baby first see a dentist?' },
    { text: 'Bring photo ID and know your date of birth - the 6/14 fun run needs both to register!' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).,
    // Added in the eighteenth session (a date of birth read back 'as'; cases written fresh).
    { text: 'We have your appointment as next week — see you then.', kind: 'message', context: 'When am I booked?' }
  ],
  invalid: [
    // Thirtieth session (written fresh): the birth date the comment gave, repeated without its label.
    { text: "Thanks, I've written 22/07/1949 on the bag so the pharmacist can check it.", kind: 'message', context: 'Lovely, my DOB is 22/07/1949 if she asks', span: '22/07/1949' },
    { text: 'Hi Marcus! Your cleaning is confirmed for Thursday, Sept 18 at 2:15.', kind: 'message', context: 'did my appointment go through?', span: 'Sept 18' },
    { text: 'Welcome to the world, baby Theo! Born March 3 at 7lb 2oz 💙', span: 'March 3' },
    { text: 'Can you confirm the patient\'s DOB 7/22/1954 before we send the records over?', site: 'linkedin', kind: 'message', span: '7/22/1954' },
    { text: 'Our littlest patient came in on 2/14 with a bead stuck up her nose 🙈', site: 'x', span: '2/14' },
    { text: 'Rosa was discharged on the 9th and is already back to gardening!', span: 'the 9th' },
    { text: 'Your follow-up with Dr. Lee is on Nov. 4 at 9:40.', kind: 'reply', context: "when's my follow up again?", span: 'Nov. 4' },
    { text: 'We saw your son on April 22, and his x-rays were clear.', kind: 'message', context: 'Can you send my son\'s x-ray report?', span: 'April 22' },
    { text: 'Your biopsy is booked for June １２ with Dr. Patel.', kind: 'message', context: 'When is my biopsy?', span: 'June １２' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Our records show you were offered a free review appointment on 5/3.', kind: 'reply', context: 'They refused to see me again', span: '5/3' },
    { text: 'Our records show you cancelled your 10am cleaning at 9:50 on 4/9, not 2 hours early.', kind: 'reply', context: 'Charged a late fee!', span: '4/9' },
    { text: 'np, ur x-ray from 2/11 is in the portal now', kind: 'message', context: 'I need a copy of my x-ray report', span: '2/11' },
    { text: 'His repeat is ready at the counter under his date of birth, 14/02/1988.', kind: 'reply', context: 'Can I collect my dad\'s inhalers?', span: '14/02/1988' },
    // Added in the eighteenth session (a date of birth read back 'as'; cases written fresh).
    { text: 'We have your date of birth as 03/07/1961 — is that right?', kind: 'message', context: 'Why was my form rejected?', span: '03/07/1961' }
  ],
});
