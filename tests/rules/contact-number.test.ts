// contact-number: phone and fax numbers that are not the practice's, in a message about a person or
// their care, however they are written. The practice's own numbers in any format, toll-free numbers and
// opening hours are fine.
import { ruleTester } from './rule-tester';

ruleTester('contact-number', {
  valid: [
    { text: 'Out of hours? Our partner service is on 0300 555 0199, open every night.' },
    { text: 'Call the surgery on 01632 960 123 after 2pm.' },
    { text: 'Call us at 555-201-4400 to book your child\'s back-to-school physical.' },
    { text: 'Refill requests: 555 201 4401. Main line: (555)201-4400.' },
    { text: 'Nurse line after hours: 555.201.4401, and a real nurse answers.' },
    { text: 'So sorry, Mrs. Huang! Please call us at (555) 201-4400 and ask for Nurse Kim.', kind: 'reply', context: 'Still no word on my biopsy' },
    { text: 'Questions about your coverage? Medicare\'s line is 1-800-633-4227.', kind: 'reply', context: 'Will Medicare cover my bone density scan?' },
    { text: 'Poison control is 1 (800) 222-1222. Save it in your phone today.' },
    { text: 'Open 8-5 weekdays and 9-12 Saturdays.', kind: 'reply', context: 'What are your hours?' },
    { text: 'Need to talk to someone right now? Call or text 988, any time.' },
    { text: 'Your son\'s ear drops are ready. Text us at 5552014401 if you need anything!', kind: 'message', context: 'are the drops ready?' },
    // Added in the tenth session (Australian 1800 and 1300 numbers are organisations; cases written fresh).
    { text: "Sorry to hear Ava's still poorly, Mel. Ring the Poisons Information Centre on 1300 011 600 if she swallowed any of it.", kind: "reply", context: "my daughter Ava got into the dishwasher tablets" },
    { text: "Hope your mum's hip is mending! Her home-care package questions can go to My Aged Care on 1800 200 422.", kind: "reply", context: "Mum had her hip done here last month" },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'If the number we have on file for you has changed, let reception know at your next visit.', kind: 'post' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: 'Please call us on 0161 555 0199 and ask for the nurse line.', kind: 'reply', context: 'Is 0161 555 0199 still your number?' },
    { text: 'Our direct line is 555-310-7722, open 8 till 6.', kind: 'reply', context: "What's your direct line? Is it 555-310-7722?" },
    { text: 'We tried the number 555-310-7722 in the flyer and it works.', kind: 'post' }
  ],
  invalid: [
    { text: 'Mrs. Alvarez, we left a voicemail at 555-762-1190 about your MRI results.', kind: 'reply', context: 'Nobody has called me about my MRI!', span: '555-762-1190' },
    { text: 'Hi Devon, Dr. Lee will call you back at (555) 334-9087 after 4 about your labs.', kind: 'message', context: 'Are my labs back?', span: '(555) 334-9087' },
    { text: 'We\'ll text the pickup code for your crown to 555.409.7731.', kind: 'reply', context: 'Is my crown ready yet?', span: '555.409.7731' },
    { text: 'Got it, Alana! Updated your chart to 5 5 5 . 7 2 0 . 1 8 3 3 for appointment texts.', kind: 'message', context: 'new number, can you update it?', span: '5 5 5 . 7 2 0 . 1 8 3 3' },
    { text: 'Mr. Pham, we tried 555-61\u200B2-4478 twice about your colonoscopy prep.', kind: 'reply', context: 'Still waiting on my prep instructions', span: '555-61\u200B2-4478' },
    { text: 'Dana, your refill reminders now go to ５５５.８８３.２０１９ like you asked.', kind: 'message', context: 'please text my new cell', span: '５５５.８８３.２０１９' },
    { text: 'Faxed your son\'s sports physical to the number you gave us, +1 555 271 6604.', kind: 'reply', context: 'Did the school get the form?', span: '+1 555 271 6604' },
    { text: 'Her daughter\'s cell is 555-890-1244 if the surgeon needs to reach family after the procedure.', site: 'linkedin', span: '555-890-1244' },
    { text: 'We tried you on 07700 900123 this morning about your results.', kind: 'reply', context: 'Did someone call me?', span: '07700 900123' },
    { text: 'Sorry Tom, the nurse will ring you on +44 7700 900456 today.', kind: 'reply', context: 'Still waiting for a call back', span: '+44 7700 900456' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: "Darnell, we're sorry. Our nurse will call you this afternoon on the number we have on file, (312) 555-0188.", kind: 'reply', context: 'Google review, 1★ — Darnell Price: "Still waiting for a call about my scan."', span: '(312) 555-0188' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: "Got it — we'll text you at 555-310-7722 when the results are in.", kind: 'reply', context: 'Can you text me when it is ready?', span: '555-310-7722' },
    { text: 'Thanks Dev, we will ring back this afternoon on 0161 555 0199.', kind: 'message', context: 'Please ring me about the referral, 0161 555 0199', span: '0161 555 0199' }
  ],
});
