import { ruleTester } from './rule-tester';

ruleTester('health-details', {
  valid: [
    { text: 'RSV season is here. In babies under 6 months, watch for fast breathing and call us right away.' },
    { text: 'Retired NBA center Andre Kowalski has spent the year talking publicly about his own sleep apnea diagnosis.', site: 'linkedin' },
    { text: 'Please call Nurse Kim at 555-201-4401, she can give you the exact amount.', kind: 'reply', context: 'How much ibuprofen can a 5 year old have?' },
    { text: 'Ticks are out! Check behind knees after hikes. Bullseye rash means call your doctor.', site: 'x' },
    { text: 'Great question! Flu usually hits suddenly with high fever, while colds creep in with a sore throat.', kind: 'reply', context: "What's the difference between a cold and the flu?" },
    { text: 'Our own Dr. Marcus Lee will speak on concussion protocols for student athletes.' },
    { text: '1 in 8 women will be diagnosed with breast cancer in her lifetime. Mammograms all October!', site: 'x' },
  ],
  invalid: [
    { text: 'Thanks, Phil! Hope the antibiotics knock out that strep fast.', kind: 'reply', context: 'Great experience at urgent care Saturday', span: 'strep' },
    { text: 'Hi Tanya! Your TSH came back a bit high, so Dr. Patel wants to bump your levothyroxine.', kind: 'message', context: 'are my lab results back?', span: 'levothyroxine' },
    { text: 'Jenna will be out for six weeks recovering from ACL surgery. Get well soon!', span: 'recovering from' },
    { text: 'This sweet girl came to us with two chipped front teeth after a trampoline mishap.', span: 'chipped front teeth' },
    { text: 'A young dad came in Tuesday for a mole check, and Dr. Patel caught an early melanoma.', span: 'melanoma' },
    { text: 'glad the little guy\'s arm is back to normal!', site: 'x', kind: 'reply', context: 'shoutout to Dr. Lee for fixing my kid\'s nursemaid elbow', span: 'arm' },
  ],
});
