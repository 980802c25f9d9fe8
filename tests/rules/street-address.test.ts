// street-address: a person's street address. Event venues and the practice's own address are not
// identifiers.
import { ruleTester } from './rule-tester';

ruleTester('street-address', {
  valid: [
    { text: 'Join our free skin-check booth at the farmers market, 200 Front Street, this Sunday!' },
    { text: 'We\'ve moved! Find us at 1200 Harbor Point Blvd, Suite 3, Bayview.' },
    { text: 'Our mobile dental van will be at Seaside Elementary, 410 Ocean View Dr, on Friday.' },
    { text: 'The 5K starts at 100 Lighthouse Way and finishes at our front door.' },
    { text: 'Drop off donated winter coats at 1200 Harbor Point Blvd through December.' },
    { text: 'Meet us at 77 Main St for the blood drive. Every donor gets a free T-shirt!' },
    { text: 'You can request your records at our office, 1200 Harbor Point Blvd, Suite 3.', kind: 'reply', context: 'How do I get a copy of my records?' },
    { text: 'Construction on 3rd St means a detour this week; come in from Harbor Point Blvd.' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'We will post the flyers to the library at 22 Birch Lane on Monday.', kind: 'message', context: 'Can you send us flyers for the health fair?' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: "We'll send your prescription to the 12 High Street pharmacy.", kind: 'reply', context: 'Can you send my script to the chemist?' },
    // Added in the nineteenth session (UK street names and flats; cases written fresh).
    { text: 'Our new surgery opens at 3 Station Parade in March.', kind: 'post', context: '' },
    // A site of the practice, to someone whose delivery went astray (thirty-third session, written fresh).
    { text: 'So sorry, Glen! You can also pick it up from our pharmacy at 41 Birch Road today.', kind: 'reply', context: 'my prescription delivery never turned up yesterday' }
  ],
  invalid: [
    // Where their delivery goes, to someone whose delivery went astray (thirty-third session, written fresh).
    { text: "So sorry, Glen! The courier had the wrong flat number at 41 Birch Road. It's on its way now.", kind: 'reply', context: 'my prescription delivery never turned up yesterday', span: '41 Birch Road' , within: true },
    // Their own address read back, as they asked (twenty-seventh session, written fresh).
    { text: 'We have 27 Rata Street, Whakatane on file — is that still right?', kind: 'message', context: 'can you check you have my new address before the letter goes out?', span: '27 Rata Street' },
    { text: 'Nurse Kim is dropping off Mr. Abernathy\'s wound-care supplies at his house, 92 Birch Lane, after lunch.', span: '92 Birch Lane' },
    { text: 'Dr. Lee does home visits now! Today he\'s heading to 1407 Marsh Hawk Rd to check on a new mom.', span: '1407 Marsh Hawk Rd' },
    { text: 'Grandma Ruth lives at 33 Tidewater Ct and still walks to her PT sessions every week.', span: '33 Tidewater Ct' },
    { text: 'Your lab kit is going out to 5120 N Alder Ave, Apt 4B today.', kind: 'message', context: 'can you mail me the stool test kit?', span: '5120 N Alder Ave, Apt 4B' },
    { text: 'We mailed Tyler\'s new inhaler to his home at 250 W 3rd St this morning.', span: '250 W 3rd St' },
    { text: 'The paramedics took Mrs. Dorsey back to her place at ４１８ Gull Rd after her fall.', span: '４１８ Gull Rd' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: "Will do! We'll post the new chargers to Edna at 22 Birch Lane on Monday.", kind: 'message', context: 'My nan Edna keeps losing her hearing aid chargers, can you send more?', span: '22 Birch Lane' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: 'Your test kit is going out to 88 Birch Lane today.', kind: 'message', context: 'can you post me a bowel screening kit?', span: '88 Birch Lane' },
    // Added in the nineteenth session (UK street names and flats; cases written fresh).
    { text: "Got it, we've updated your address to 14 Larch Close, Flat 2.", kind: 'message', context: "I've moved, new address is 14 Larch Close Flat 2", span: '14 Larch Close, Flat 2' }
  ],
});
