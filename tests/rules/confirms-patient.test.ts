import { ruleTester } from './rule-tester';

ruleTester('confirms-patient', {
  valid: [
    { text: 'Thank you for the kind words! We appreciate you taking the time.', kind: 'reply', context: 'Best dentist in town!' },
    { text: 'We audited our patient portal and cut sign-up time in half.', site: 'linkedin' },
    { text: 'We ask all new patients to arrive 15 minutes early.', kind: 'reply', context: 'How early should I arrive for a new patient appointment?' },
    { text: 'Yep! Urgent care takes walk-ins Mon–Sat, no appointment needed.', site: 'x', kind: 'reply', context: 'do you take walk-ins for pink eye?' },
    { text: 'He is! Dr. Lee has openings next month for new patients of all ages.', kind: 'reply', context: 'Is Dr. Lee accepting new patients?' },
    { text: 'Data visualization has been a patient-safety tool ever since.', site: 'linkedin' },
    { text: 'See you at the open house on Thursday!' },
    { text: 'Our patients love the new waiting room, and so do we!' },
    { text: 'Thanks for your message! Please call our office so we can help.', kind: 'message', context: 'are my results back?' },
  ],
  invalid: [
    { text: 'Great seeing you Tuesday! Hope the new crown feels good.', kind: 'reply', context: 'Thanks for fitting me in!', span: 'Great seeing you' },
    { text: 'No problem, your 3pm with Dr. Lee is cancelled! Want to rebook?', site: 'x', kind: 'message', context: 'need to cancel my 3pm tmrw', span: 'your 3pm' },
    { text: 'Had a patient today ask if vaping counts as smoking. Her lungs say yes.', site: 'x', span: 'a patient' },
    { text: 'Meet our Patient of the Month, Harold! 🎉', span: 'our Patient' },
    { text: 'so glad you came in! biopsy results should be back in a week and Dr. Patel will call you', site: 'x', kind: 'reply', context: "can't believe I waited so long to get my moles checked", span: 'will call you' },
    { text: 'Our 92-year-old patient just got her first tattoo and wanted us to know!', span: 'Our 92-year-old patient' },
    { text: 'Hi Derek, your MRI from 10/2 shows a small tear; Dr. Lee will go over options Monday.', kind: 'message', context: 'any news on my scan?', span: 'MRI' },
    { text: 'Keep it elevated, and start the band exercises Carlos showed you.', kind: 'reply', context: 'Shoutout to Harbor Point for squeezing me in with my sprained ankle!', span: 'elevated', within: true },
  ],
});
