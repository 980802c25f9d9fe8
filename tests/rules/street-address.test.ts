import { ruleTester } from './rule-tester';

ruleTester('street-address', {
  valid: [
    { text: 'Free fittings at Kids Safety Day, Saturday, April 26, Lincoln Park, 45 Elm Street.' },
    { text: 'Trunk-or-treat is back! Saturday 4-6 pm in our parking lot at 1200 Harbor Point Blvd.' },
    { text: 'Join us for a free talk with Dr. Anita Patel at the library, 300 Main St.' },
    { text: 'Anyone can request records at our office, 1200 Harbor Point Blvd, Suite 3.', kind: 'reply', context: 'How do I get my records?' },
  ],
  invalid: [
    { text: "He's heading over to Mr. Ostrowski's place at 418 Gull Rd right after clinic today.", kind: 'reply', context: 'Does Dr. Lee still do home visits?', span: '418 Gull Rd' },
    { text: 'Nurse Kim will drop Mrs. Okafor\'s new inhaler at her house, 27 Cove Ave, tonight.', span: '27 Cove Ave' },
  ],
});
