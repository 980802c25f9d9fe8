import { ruleTester } from './rule-tester';

ruleTester('patient-media', {
  valid: [
    { text: 'Team photo from the harvest festival! Dr. Patel, Dr. Lee, Nurse Kim and Carlos handed out toothbrushes.' },
    { text: 'Here is a photo of the demo aligner set from our front desk. No patients were involved!' },
    { text: 'Why we stopped posting before/after photos: patients cannot predict where a photo will follow them.', site: 'linkedin' },
    { text: 'Here is the clinical photography consent template we use (link in comments).', site: 'linkedin' },
    { text: 'Some weeks remind us why we do this. He asked us to share his story!' },
  ],
  invalid: [
    { text: "Swipe to see Jordan's progress 👉 Week 1 after his knee replacement vs. week 8.", span: 'Swipe to see' },
    { text: 'Before ➡️ After! This sweet girl came to us with two chipped teeth.', span: 'Before ➡️ After' },
    { text: 'Post-op day 1 selfie from our bravest patient 💪 she said post it!', site: 'x', span: 'selfie' },
    { text: 'Of course! Here it is, Caleb high-fiving Carlos after 10 weeks of PT.', kind: 'reply', context: 'Can you post the pic from my son\'s last day of PT?!', span: 'Here it is' },
    { text: 'Filmed our first live aligner scan today with a patient\'s OK 🎬', site: 'x', span: 'Filmed' },
  ],
});
