import { ruleTester } from './rule-tester';

ruleTester('email-address', {
  valid: [
    { text: 'Questions? Email hello@harborpointhealth.example or call us.', kind: 'reply', context: 'Do you take my insurance?' },
    { text: "We're hiring! Send your resume to hello@harborpointhealth.example." },
    { text: 'Send resumes to jobs@harborpointhealth.example by Friday.' },
  ],
  invalid: [
    { text: 'Hi Rob! Resending now to robcast@mail.example, your A1c is on page 2.', site: 'x', kind: 'message', context: 'can you resend my after-visit summary?', span: 'robcast@mail.example' },
    { text: "Mrs. Tran's glasses are ready; we emailed tran.family@mail.example too.", span: 'tran.family@mail.example' },
  ],
});
