import { ruleTester } from './rule-tester';

ruleTester('age-over-89', {
  valid: [
    { text: 'Happy 90th birthday to Dr. Helen Marsh, who opened Bayview\'s first free clinic!' },
    { text: 'Our surveys show 95% of patients would recommend us.' },
    { text: 'Door-to-provider time dropped from 92 minutes to 17.', site: 'linkedin' },
    { text: 'She plateaued at 110° of flexion despite a daily home program.', site: 'linkedin' },
  ],
  invalid: [
    { text: 'When your 8am is a 94-yo who bikes here every week 🚲 goals.', site: 'x', span: '94-yo' },
    { text: 'Meet our Patient of the Month, Harold! At 91 he just finished cardiac rehab.', span: 'At 91' },
    { text: 'Look who stopped by to show off his new hearing aids! Mr. Barnes, 96, can hear again.', span: '96' },
  ],
});
