import { ruleTester } from './rule-tester';

ruleTester('contact-number', {
  valid: [
    { text: 'Please call our office at (555) 201-4400 so we can help.', kind: 'reply', context: 'my son has a fever' },
    { text: 'Our refill line is 555.201.4401 and the main line stays 555 201 4400.' },
    { text: 'Poison control is 1-800-222-1222, any time of day.' },
    { text: 'Mrs. Huang, please call us back at (555) 201-4400 and ask for Nurse Kim.', kind: 'reply', context: 'waiting on my biopsy' },
    { text: 'Urgent care hours are 9-3 today, 8-11 tomorrow.' },
  ],
  invalid: [
    { text: 'Mrs. Huang, we tried calling you at 555-318-2294 twice about your biopsy results.', kind: 'reply', context: 'Still waiting on my biopsy', span: '555-318-2294' },
    { text: 'Hi Rob, we will text your results to 5 5 5 3 1 8 2 2 9 4 tonight.', kind: 'message', context: 'can you resend my labs?', span: '5 5 5 3 1 8 2 2 9 4' },
    { text: 'Hi Rob, we will text your results to ５５５-３１８-２２９４ tonight.', kind: 'message', context: 'can you resend my labs?', span: '５５５-３１８-２２９４' },
  ],
});
