import { ruleTester } from './rule-tester';

ruleTester('care-date', {
  valid: [
    { text: 'Flu shot clinic this Saturday, Oct 11, 9 am to 1 pm at the library. No appointment needed!' },
    { text: 'We will be closed Thursday, Nov 27 for Thanksgiving.' },
    { text: 'See you Tuesday!', kind: 'reply', context: "Can't wait for my consult!!" },
    { text: 'By the 1st birthday is the rule for a first dental visit.', kind: 'reply', context: 'when should my baby see a dentist?' },
    { text: 'Happy 90th birthday to Dr. Helen Marsh (b. June 7, 1935), who opened our first free clinic!' },
    { text: 'Urgent care is open 9-3 on Saturdays.', kind: 'reply', context: 'What are your hours?' },
  ],
  invalid: [
    { text: 'We can\'t wait either! See you Wednesday, June 11 at 10:30 with Dr. Patel.', kind: 'reply', context: "Can't wait for my consult!!", span: 'June 11' },
    { text: 'Hi Luis! Your March 4 visit still shows the copay as unpaid.', kind: 'message', context: 'I already paid at the visit??', span: 'March 4' },
    { text: 'Sample note: patient K. Morrison, DOB 02/11/1979, chest tightness.', site: 'linkedin', span: '02/11/1979' },
    { text: 'A 44-year-old mechanic came in on Jan 6 with indigestion, and the EKG showed an MI.', site: 'linkedin', span: 'Jan 6' },
    { text: 'Your counsellor will meet you in the lobby on the 14th at 4.', kind: 'reply', context: 'Booked my first counselling session!', span: 'the 14th' },
  ],
});
