import { ruleTester } from './rule-tester';

ruleTester('record-number', {
  valid: [
    { text: 'She plateaued at 110° of flexion, then reached 165° by week 10.', site: 'linkedin' },
    { text: 'Sports physicals are $35 and take about 20 minutes.', kind: 'reply', context: 'Do you do sports physicals?' },
    { text: 'Please account for traffic on Main St when you come in.' },
    { text: 'Bring your insurance card and a photo ID to your first visit.' },
    { text: 'Call (555) 201-4400 to book your flu shot.' },
  ],
  invalid: [
    { text: 'Hi Luis! Account #HP-0077341 still shows the $40 copay as unpaid.', kind: 'message', context: 'got a bill?', span: 'HP-0077341' },
    { text: 'You can see how MRN 00482913 links her rash photos to the chart.', site: 'linkedin', span: '00482913' },
    { text: 'Hi Raymond, the second claim under member ID BCX448210937 was a resubmission.', kind: 'reply', context: 'billed twice', span: 'BCX448210937' },
    { text: 'To the owner of the silver Honda with plate 8JKT442: you left your glasses here!', span: '8JKT442' },
    { text: 'His SSN 123-45-6789 is on the form.', span: '123-45-6789' },
  ],
});
